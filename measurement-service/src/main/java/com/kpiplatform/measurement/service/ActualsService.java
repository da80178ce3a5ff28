package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.Actual;
import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.measurement.domain.PeriodAggregate;
import com.kpiplatform.measurement.domain.RollupBasis;
import com.kpiplatform.measurement.repository.ActualsRepository;
import com.kpiplatform.measurement.repository.RollupMaintenanceRepository;
import com.kpiplatform.measurement.rest.dto.ActualResponse;
import com.kpiplatform.measurement.rest.dto.ActualsQueryRequest;
import com.kpiplatform.measurement.rest.dto.ActualsQueryResponse;
import com.kpiplatform.measurement.rest.dto.PeriodBounds;
import com.kpiplatform.support.formula.Formula;
import com.kpiplatform.support.period.InvalidPeriodKeyException;
import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.problem.Problem.FieldViolation;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** One actual wanted: a KPI, one of its periods, and a dimension filter (empty for all). */
    record Want(Kpi kpi, Period period, Map<String, String> dimensions) {
    }

    public ActualResponse actual(String kpiKey, String periodKey, Map<String, String> dimensions) {
        Kpi kpi = catalog.require(kpiKey);
        Period period = parsePeriod(kpi, periodKey, "period");
        return compute(List.of(new Want(kpi, period, dimensions))).get(0);
    }

    public ActualsQueryResponse query(ActualsQueryRequest request) {
        if (request.items().size() > config.reads().maxQueryTuples()) {
            throw ProblemException.invalid("items", "must hold at most " + config.reads().maxQueryTuples() + " items");
        }
        Map<String, Kpi> kpis = catalog.resolve(request.items().stream().map(ActualsQueryRequest.Item::kpiKey).toList());
        List<FieldViolation> violations = new ArrayList<>();
        List<Want> wants = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            ActualsQueryRequest.Item item = request.items().get(i);
            Kpi kpi = kpis.get(item.kpiKey());
            if (kpi == null) {
                violations.add(new FieldViolation("items[" + i + "].kpiKey", "no KPI with key '" + item.kpiKey() + "'"));
                continue;
            }
            try {
                wants.add(new Want(kpi, kpi.period().parse(item.period()),
                        item.dimensions() == null ? Map.of() : item.dimensions()));
            } catch (InvalidPeriodKeyException e) {
                violations.add(new FieldViolation("items[" + i + "].period", e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        List<ActualResponse> actuals = compute(wants);
        return new ActualsQueryResponse(actuals, lastMeasurements(wants));
    }

    /** The actuals of many KPI periods at once, in order. */
    List<ActualResponse> compute(List<Want> wants) {
        Map<String, Kpi> kpis = withComponents(wants);
        Map<ActualsRepository.Request, Integer> leaves = new LinkedHashMap<>();
        wants.forEach(want -> collectLeaves(want, kpis, leaves));
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
        return wants.stream().map(want -> respond(want, kpis, byRequest)).toList();
    }

    /** Each KPI's latest measurement; a calculated KPI is as fresh as its stalest component. */
    private Map<String, Instant> lastMeasurements(List<Want> wants) {
        Map<String, Kpi> kpis = withComponents(wants);
        List<String> measured = kpis.values().stream().filter(k -> !k.isCalculated()).map(Kpi::key).toList();
        Map<String, Instant> latest = measured.isEmpty() ? Map.of() : repository.latestMeasurements(measured);
        Map<String, Instant> result = new TreeMap<>();
        for (Want want : wants) {
            Instant at = freshnessOf(want.kpi(), kpis, latest);
            if (at != null) {
                result.put(want.kpi().key(), at);
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

    private ActualResponse respond(Want want, Map<String, Kpi> kpis,
            Map<ActualsRepository.Request, PeriodAggregate> aggregates) {
        Kpi kpi = want.kpi();
        PeriodBounds bounds = PeriodBounds.of(want.period(), kpi.zone());
        if (!kpi.isCalculated()) {
            Actual actual = Actual.of(aggregates.get(leaf(want)), kpi.aggregation(), want.period().key());
            return response(want, bounds, actual, false, null);
        }
        List<ActualResponse> components = new ArrayList<>();
        Map<String, Actual> componentActuals = new HashMap<>();
        for (String dependency : kpi.formulaDependencies()) {
            Kpi component = kpis.get(dependency);
            ActualResponse actual = respond(new Want(component, want.period(), want.dimensions()), kpis, aggregates);
            components.add(actual);
            componentActuals.put(dependency, new Actual(actual.value(), actual.count(), actual.firstMeasurementAt(),
                    actual.lastMeasurementAt(), actual.reason()));
        }
        Actual actual = Actual.calculated(Formula.parse(kpi.formula()), componentActuals);
        return response(want, bounds, actual, true, components);
    }

    private static ActualResponse response(Want want, PeriodBounds bounds, Actual actual, boolean calculated,
            List<ActualResponse> components) {
        return new ActualResponse(want.kpi().key(), bounds, new TreeMap<>(want.dimensions()), want.kpi().aggregation(),
                actual.value(), actual.count(), actual.firstMeasurementAt(), actual.lastMeasurementAt(), actual.reason(),
                calculated, components);
    }

    private void collectLeaves(Want want, Map<String, Kpi> kpis, Map<ActualsRepository.Request, Integer> leaves) {
        if (!want.kpi().isCalculated()) {
            leaves.putIfAbsent(leaf(want), leaves.size());
            return;
        }
        for (String dependency : want.kpi().formulaDependencies()) {
            collectLeaves(new Want(kpis.get(dependency), want.period(), want.dimensions()), kpis, leaves);
        }
    }

    private ActualsRepository.Request leaf(Want want) {
        return new ActualsRepository.Request(want.kpi().key(), want.period().key(), want.dimensions(),
                want.period().start(want.kpi().zone()), want.period().end(want.kpi().zone()),
                want.kpi().rollupBasis());
    }

    /** The wanted KPIs and, transitively, every component of their formulas. */
    private Map<String, Kpi> withComponents(List<Want> wants) {
        Map<String, Kpi> kpis = new HashMap<>();
        wants.forEach(want -> kpis.put(want.kpi().key(), want.kpi()));
        Set<String> pending = unknownDependencies(kpis.values(), kpis);
        while (!pending.isEmpty()) {
            Map<String, Kpi> found = catalog.resolve(pending);
            for (String key : pending) {
                Kpi component = found.get(key);
                if (component == null) {
                    throw new IllegalStateException("Formula component " + key + " is unknown to the kpi-definition-service");
                }
                kpis.put(key, component);
            }
            pending = unknownDependencies(found.values(), kpis);
        }
        return kpis;
    }

    private static Set<String> unknownDependencies(Collection<Kpi> of, Map<String, Kpi> known) {
        Set<String> dependencies = new LinkedHashSet<>();
        for (Kpi kpi : of) {
            if (kpi.isCalculated()) {
                kpi.formulaDependencies().stream().filter(key -> !known.containsKey(key)).forEach(dependencies::add);
            }
        }
        return dependencies;
    }

    static Period parsePeriod(Kpi kpi, String periodKey, String field) {
        if (periodKey == null) {
            throw ProblemException.invalid(field, "is required, e.g. " + kpi.period().example());
        }
        try {
            return kpi.period().parse(periodKey);
        } catch (InvalidPeriodKeyException e) {
            throw ProblemException.invalid(field, e.getMessage() + ", because KPI " + kpi.key() + " is " + kpi.period());
        }
    }
}
