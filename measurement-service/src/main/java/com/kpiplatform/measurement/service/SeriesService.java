package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.client.KpiInfo;
import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.Actual;
import com.kpiplatform.measurement.domain.Granularity;
import com.kpiplatform.measurement.domain.PeriodAggregate;
import com.kpiplatform.measurement.repository.DimensionsCodec;
import com.kpiplatform.measurement.repository.SeriesRepository;
import com.kpiplatform.measurement.rest.dto.ActualResponse;
import com.kpiplatform.measurement.rest.dto.PeriodBounds;
import com.kpiplatform.measurement.rest.dto.SeriesResponse;
import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A KPI's time series: buckets are calendar periods in the KPI's time zone (local midnights, ISO
 * weeks), each reduced by the KPI's aggregation, empty buckets included. A calculated KPI's series
 * is the series of its actuals, at its own period's granularity.
 */
@ApplicationScoped
public class SeriesService {

    @Inject
    ActualsService actuals;

    @Inject
    SeriesRepository repository;

    @Inject
    DimensionsCodec dimensionsCodec;

    @Inject
    MeasurementConfig config;

    public SeriesResponse series(String kpiKey, Granularity granularity, Instant from, Instant to,
            Map<String, String> dimensions) {
        KpiInfo kpi = actuals.kpiOrNotFound(kpiKey);
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        List<Period> periods = periods(granularity, from, to, kpi.zone());
        List<SeriesResponse.Bucket> buckets = kpi.isCalculated()
                ? calculatedBuckets(kpi, granularity, periods, dimensions)
                : measuredBuckets(kpi, granularity, periods, from, to, dimensions);
        return new SeriesResponse(kpi.key(), granularity, kpi.aggregation(), kpi.timeZone(), kpi.unit(),
                new TreeMap<>(dimensions), buckets);
    }

    private List<SeriesResponse.Bucket> measuredBuckets(KpiInfo kpi, Granularity granularity, List<Period> periods,
            Instant from, Instant to, Map<String, String> dimensions) {
        Map<LocalDate, PeriodAggregate> aggregates = repository.buckets(kpi.key(), kpi.timeZone(), granularity, from, to,
                dimensions.isEmpty() ? null : dimensionsCodec.encode(dimensions));
        return periods.stream().map(period -> {
            Actual actual = Actual.of(aggregates.get(period.startDate()), kpi.aggregation(), period.key());
            return new SeriesResponse.Bucket(PeriodBounds.of(period, kpi.zone()), actual.value(), actual.count(), actual.reason());
        }).toList();
    }

    private List<SeriesResponse.Bucket> calculatedBuckets(KpiInfo kpi, Granularity granularity, List<Period> periods,
            Map<String, String> dimensions) {
        if (granularity.periodType() != kpi.period()) {
            throw ProblemException.invalid("granularity", "a calculated KPI's series has its own period's granularity ("
                    + kpi.period() + "); its formula combines period actuals");
        }
        List<ActualsService.Want> wants = periods.stream().map(p -> new ActualsService.Want(kpi, p, dimensions)).toList();
        return actuals.compute(wants).stream().map(SeriesService::bucket).toList();
    }

    private static SeriesResponse.Bucket bucket(ActualResponse actual) {
        return new SeriesResponse.Bucket(actual.period(), actual.value(), actual.count(), actual.reason());
    }

    private List<Period> periods(Granularity granularity, Instant from, Instant to, ZoneId zone) {
        List<Period> periods = new ArrayList<>();
        for (Period period = Period.containing(granularity.periodType(), from, zone); period.start(zone).isBefore(to);
                period = period.next()) {
            if (periods.size() == config.reads().maxSeriesBuckets()) {
                throw ProblemException.invalid("from", "the range holds more than " + config.reads().maxSeriesBuckets()
                        + " " + granularity + " buckets; narrow it or use a coarser granularity");
            }
            periods.add(period);
        }
        return periods;
    }
}
