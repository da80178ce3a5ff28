package com.kpiplatform.measurement.rest.mapping;

import com.kpiplatform.measurement.domain.ActualQuery;
import com.kpiplatform.measurement.domain.ActualsWithFreshness;
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
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Actuals and series to their API records, and an actuals query from its API record. */
@Mapper
public interface ActualsMapper {

    default List<ActualQuery> toQueries(ActualsQueryRequest request) {
        return request.items().stream().map(item -> new ActualQuery(item.kpiKey(), item.period(),
                item.dimensions() == null ? Map.of() : item.dimensions())).toList();
    }

    @Mapping(target = "items", source = "actuals")
    ActualsQueryResponse toResponse(ActualsWithFreshness result);

    @Mapping(target = "kpiKey", source = "kpi.key")
    @Mapping(target = "aggregation", source = "kpi.aggregation")
    @Mapping(target = "calculated", expression = "java(periodActual.kpi().isCalculated())")
    @Mapping(target = ".", source = "actual")
    ActualResponse toResponse(PeriodActual periodActual);

    @Mapping(target = "kpiKey", source = "kpi.key")
    @Mapping(target = "aggregation", source = "kpi.aggregation")
    @Mapping(target = "timeZone", source = "kpi.timeZone")
    @Mapping(target = "unit", source = "kpi.unit")
    SeriesResponse toResponse(Series series);

    @Mapping(target = ".", source = "actual")
    SeriesResponse.Bucket toBucket(Series.Bucket bucket);

    PeriodBounds toBounds(ZonedPeriod period);
}
