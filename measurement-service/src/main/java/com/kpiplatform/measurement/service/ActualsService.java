package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.Actual;
import com.kpiplatform.measurement.domain.ActualQuery;
import com.kpiplatform.measurement.domain.ActualsWithFreshness;
import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.measurement.domain.PeriodActual;
import com.kpiplatform.measurement.domain.PeriodAggregate;
import com.kpiplatform.measurement.domain.RollupBasis;
import com.kpiplatform.measurement.domain.ZonedPeriod;
import com.kpiplatform.measurement.repository.ActualsRepository;
import com.kpiplatform.measurement.repository.RollupMaintenanceRepository;
import com.kpiplatform.support.formula.Formula;
import com.kpiplatform.support.period.InvalidPeriodKeyException;
import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.problem.Problem.FieldViolation;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Actuals: the measurements of a KPI period reduced by the KPI's aggregation, read from the
 * rollups; for calculated KPIs, the formula over the components' actuals of the same period. Any
 * number of actuals costs the same few statements: one to check the rollups' basis, one for all
 * aggregates, one for freshness.
 */
@ApplicationScoped
public class ActualsService {

    @Inject
    KpiCatalog catalog;

    @Inject
    ActualsRepository repository;

    @Inject
    RollupMaintenanceRepository rollupMaintenance;

    @Inject
    MeasurementConfig config;

    /** One actual selected: a KPI, one of its periods, and a dimension filter (empty for all). */
    record Selection(Kpi kpi, Period period, Map<String, String> dimensions) {
    }

    public PeriodActual actual(String kpiKey, String periodKey, Map<String, String> dimensions) {
        Kpi kpi = catalog.require(kpiKey);
        return compute(List.of(new Selection(kpi, parsePeriod(kpi, periodKey), dimensions))).get(0);
    }

    /** Many actuals at once; an unknown KPI or a malformed period key fails the query, naming the item. */
    public ActualsWithFreshness query(List<ActualQuery> queries) {
        if (queries.size() > config.reads().maxQueryTuples()) {
            throw ProblemException.invalid("items", "must hold at most " + config.reads().maxQueryTuples() + " items");
        }
        Map<String, Kpi> kpis = catalog.resolve(queries.stream().map(ActualQuery::kpiKey).toList());
        List<FieldViolation> violations = new ArrayList<>();
        List<Selection> selections = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            ActualQuery query = queries.get(i);
            Kpi kpi = kpis.get(query.kpiKey());
            if (kpi == null) {
                violations.add(new FieldViolation("items[" + i + "].kpiKey", "no KPI with key '" + query.kpiKey() + "'"));
                continue;
            }
            try {
                selections.add(new Selection(kpi, kpi.period().parse(query.periodKey()), query.dimensions()));
            } catch (InvalidPeriodKeyException e) {
                violations.add(new FieldViolation("items[" + i + "].period", e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        List<PeriodActual> actuals = compute(selections);
        return new ActualsWithFreshness(actuals, lastMeasurements(selections));
    }

    /** The actuals of many KPI periods at once, in order. */
    List<PeriodActual> compute(List<Selection> selections) {
        Map<String, Kpi> kpis = withComponents(selections);
        Map<ActualsRepository.Request, Integer> leaves = new LinkedHashMap<>();
        selections.forEach(selection -> collectLeaves(selection, kpis, leaves));
        Map<String, RollupBasis> bases = new HashMap<>();
        leaves.keySet().forEach(leaf -> bases.put(leaf.kpiKey(), kpis.get(leaf.kpiKey()).rollupBasis()));
        if (!bases.isEmpty()) {
            rollupMaintenance.rebuildStale(bases);
        }
        List<ActualsRepository.Request> requests = new ArrayList<>(leaves.keySet());
        List<PeriodAggregate> aggregates = requests.isEmpty() ? List.of() : repository.aggregates(requests);
        Map<ActualsRepository.Request, PeriodAggregate> byRequest = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            byRequest.put(requests.get(i), aggregates.get(i));
        }
        return selections.stream().map(selection -> actualOf(selection, kpis, byRequest)).toList();
    }

    /** Each KPI's latest measurement; a calculated KPI is as fresh as its stalest component. */
    private Map<String, Instant> lastMeasurements(List<Selection> selections) {
        Map<String, Kpi> kpis = withComponents(selections);
        List<String> measured = kpis.values().stream().filter(k -> !k.isCalculated()).map(Kpi::key).toList();
        Map<String, Instant> latest = measured.isEmpty() ? Map.of() : repository.latestMeasurements(measured);
        Map<String, Instant> result = new TreeMap<>();
        for (Selection selection : selections) {
            Instant at = freshnessOf(selection.kpi(), kpis, latest);
            if (at != null) {
                result.put(selection.kpi().key(), at);
            }
        }
        return result;
    }

    private static Instant freshnessOf(Kpi kpi, Map<String, Kpi> kpis, Map<String, Instant> latest) {
        if (!kpi.isCalculated()) {
            return latest.get(kpi.key());
        }
        Instant stalest = null;
        for (String dependency : kpi.formulaDependencies()) {
            Instant at = freshnessOf(kpis.get(dependency), kpis, latest);
            if (at == null) {
                return null;
            }
            stalest = stalest == null || at.isBefore(stalest) ? at : stalest;
        }
        return stalest;
    }

    private PeriodActual actualOf(Selection selection, Map<String, Kpi> kpis,
            Map<ActualsRepository.Request, PeriodAggregate> aggregates) {
        Kpi kpi = selection.kpi();
        ZonedPeriod period = ZonedPeriod.of(selection.period(), kpi.zone());
        SortedMap<String, String> dimensions = new TreeMap<>(selection.dimensions());
        if (!kpi.isCalculated()) {
            return PeriodActual.measured(kpi, period, dimensions,
                    Actual.of(aggregates.get(leaf(selection)), kpi.aggregation(), selection.period().key()));
        }
        List<PeriodActual> components = new ArrayList<>();
        Map<String, Actual> componentActuals = new HashMap<>();
        for (String dependency : kpi.formulaDependencies()) {
            PeriodActual component = actualOf(new Selection(kpis.get(dependency), selection.period(), selection.dimensions()),
                    kpis, aggregates);
            components.add(component);
            componentActuals.put(dependency, component.actual());
        }
        Actual actual = Actual.calculated(Formula.parse(kpi.formula()), componentActuals);
        return PeriodActual.calculated(kpi, period, dimensions, actual, components);
    }

    private void collectLeaves(Selection selection, Map<String, Kpi> kpis, Map<ActualsRepository.Request, Integer> leaves) {
        if (!selection.kpi().isCalculated()) {
            leaves.putIfAbsent(leaf(selection), leaves.size());
            return;
        }
        for (String dependency : selection.kpi().formulaDependencies()) {
            collectLeaves(new Selection(kpis.get(dependency), selection.period(), selection.dimensions()), kpis, leaves);
        }
    }

    private static ActualsRepository.Request leaf(Selection selection) {
        Kpi kpi = selection.kpi();
        return new ActualsRepository.Request(kpi.key(), selection.period().key(), selection.dimensions(),
                selection.period().start(kpi.zone()), selection.period().end(kpi.zone()), kpi.rollupBasis());
    }

    private Map<String, Kpi> withComponents(List<Selection> selections) {
        return catalog.withComponents(selections.stream().map(Selection::kpi).toList());
    }

    private static Period parsePeriod(Kpi kpi, String periodKey) {
        if (periodKey == null) {
            throw ProblemException.invalid("period", "is required, e.g. " + kpi.period().example());
        }
        try {
            return kpi.period().parse(periodKey);
        } catch (InvalidPeriodKeyException e) {
            throw ProblemException.invalid("period", e.getMessage() + ", because KPI " + kpi.key() + " is " + kpi.period());
        }
    }
}
