package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.Actual;
import com.kpiplatform.measurement.domain.Granularity;
import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.measurement.domain.MeasurementRange;
import com.kpiplatform.measurement.domain.PeriodAggregate;
import com.kpiplatform.measurement.domain.Series;
import com.kpiplatform.measurement.domain.ZonedPeriod;
import com.kpiplatform.measurement.repository.MeasurementReadRepository;
import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
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
    KpiCatalog catalog;

    @Inject
    ActualsService actuals;

    @Inject
    MeasurementReadRepository repository;

    @Inject
    MeasurementConfig config;

    public Series series(String kpiKey, Granularity granularity, Instant from, Instant to, Map<String, String> dimensions) {
        Kpi kpi = catalog.require(kpiKey);
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        List<Period> periods = periods(granularity, from, to, kpi.zone());
        List<Series.Bucket> buckets = kpi.isCalculated()
                ? calculatedBuckets(kpi, granularity, periods, dimensions)
                : measuredBuckets(kpi, periods, from, to, dimensions);
        return new Series(kpi, granularity, new TreeMap<>(dimensions), buckets);
    }

    /** The measurements aggregated per period, by the database. */
    private List<Series.Bucket> measuredBuckets(Kpi kpi, List<Period> periods, Instant from, Instant to,
            Map<String, String> dimensions) {
        List<ZonedPeriod> bounds = periods.stream().map(period -> ZonedPeriod.of(period, kpi.zone())).toList();
        PeriodAggregate[] aggregates = repository.byBucket(new MeasurementRange(kpi.key(), from, to, dimensions),
                bounds.stream().map(ZonedPeriod::start).toList());
        List<Series.Bucket> buckets = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            buckets.add(new Series.Bucket(bounds.get(i), Actual.of(aggregates[i], kpi.aggregation(), periods.get(i).key())));
        }
        return buckets;
    }

    private List<Series.Bucket> calculatedBuckets(Kpi kpi, Granularity granularity, List<Period> periods,
            Map<String, String> dimensions) {
        if (granularity.periodType() != kpi.period()) {
            throw ProblemException.invalid("granularity", "a calculated KPI's series has its own period's granularity ("
                    + kpi.period() + "); its formula combines period actuals");
        }
        List<ActualsService.Selection> selections = periods.stream()
                .map(period -> new ActualsService.Selection(kpi, period, dimensions)).toList();
        return actuals.compute(selections).stream().map(actual -> new Series.Bucket(actual.period(), actual.actual())).toList();
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
