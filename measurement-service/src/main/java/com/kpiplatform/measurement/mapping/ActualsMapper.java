package com.kpiplatform.measurement.mapping;

import com.kpiplatform.measurement.domain.Actual;
import com.kpiplatform.measurement.domain.ActualQuery;
import com.kpiplatform.measurement.domain.ActualsWithFreshness;
import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.measurement.domain.PeriodActual;
import com.kpiplatform.measurement.domain.Series;
import com.kpiplatform.measurement.domain.ZonedPeriod;
import com.kpiplatform.measurement.rest.dto.ActualResponse;
import com.kpiplatform.measurement.rest.dto.ActualsQueryRequest;
import com.kpiplatform.measurement.rest.dto.ActualsQueryResponse;
import com.kpiplatform.measurement.rest.dto.PeriodBounds;
import com.kpiplatform.measurement.rest.dto.SeriesResponse;
import java.util.List;
import java.util.Map;

/** Actuals and series to their API records, and an actuals query from its API record. */
public final class ActualsMapper {

    private ActualsMapper() {
    }

    public static List<ActualQuery> toQueries(ActualsQueryRequest request) {
        return request.items().stream().map(item -> new ActualQuery(item.kpiKey(), item.period(),
                item.dimensions() == null ? Map.of() : item.dimensions())).toList();
    }

    public static ActualsQueryResponse toResponse(ActualsWithFreshness result) {
        return new ActualsQueryResponse(result.actuals().stream().map(ActualsMapper::toResponse).toList(),
                result.lastMeasurementAt());
    }

    public static ActualResponse toResponse(PeriodActual periodActual) {
        Kpi kpi = periodActual.kpi();
        Actual actual = periodActual.actual();
        List<ActualResponse> components = periodActual.components() == null ? null
                : periodActual.components().stream().map(ActualsMapper::toResponse).toList();
        return new ActualResponse(kpi.key(), toBounds(periodActual.period()), periodActual.dimensions(), kpi.aggregation(),
                actual.value(), actual.count(), actual.firstMeasurementAt(), actual.lastMeasurementAt(), actual.reason(),
                kpi.isCalculated(), components);
    }

    public static SeriesResponse toResponse(Series series) {
        Kpi kpi = series.kpi();
        return new SeriesResponse(kpi.key(), series.granularity(), kpi.aggregation(), kpi.timeZone(), kpi.unit(),
                series.dimensions(), series.buckets().stream().map(ActualsMapper::toBucket).toList());
    }

    private static SeriesResponse.Bucket toBucket(Series.Bucket bucket) {
        Actual actual = bucket.actual();
        return new SeriesResponse.Bucket(toBounds(bucket.period()), actual.value(), actual.count(), actual.reason());
    }

    private static PeriodBounds toBounds(ZonedPeriod period) {
        return new PeriodBounds(period.key(), period.start(), period.end());
    }
}
