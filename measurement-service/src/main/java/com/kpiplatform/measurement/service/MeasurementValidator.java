package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.measurement.domain.Measurement;
import com.kpiplatform.measurement.domain.MeasurementInput;
import com.kpiplatform.measurement.domain.MeasurementLimits;
import com.kpiplatform.measurement.domain.MeasurementRules;
import com.kpiplatform.measurement.domain.Violation;
import com.kpiplatform.support.problem.Problem.FieldViolation;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns read inputs into valid measurements, or into one 400 that lists the failing items with
 * field and reason. KPIs are checked against the catalog: unknown, archived and calculated KPIs
 * take no measurements.
 */
@ApplicationScoped
public class MeasurementValidator {

    @Inject
    KpiCatalog catalog;

    @Inject
    MeasurementConfig config;

    @Inject
    Clock clock;

    @Inject
    MeasurementRetention retention;

    /** Valid measurements with their KPIs. */
    public record Validated(List<Measurement> measurements, Map<String, Kpi> kpis) {
    }

    public Validated validate(List<MeasurementInput> inputs) {
        return validate(inputs, keys -> Optional.of(catalog.resolve(keys))).orElseThrow();
    }

    /**
     * The same, if every KPI the inputs name is in the catalog's cache: empty when one would have to
     * be looked up, so that it can run on a thread that must not wait.
     */
    public Optional<Validated> validateFromCache(List<MeasurementInput> inputs) {
        return validate(inputs, catalog::resolveCached);
    }

    private Optional<Validated> validate(List<MeasurementInput> inputs,
            Function<Set<String>, Optional<Map<String, Kpi>>> resolver) {
        MeasurementRules rules = new MeasurementRules(limits());
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>(inputs.size());
        Set<String> keys = new LinkedHashSet<>();
        for (MeasurementInput input : inputs) {
            MeasurementRules.Checked checked = rules.check(input, now);
            List<Violation> own = checked.violations();
            violations.addAll(own);
            measurements.add(checked.measurement());
            if (input.kpiKey() != null && own.stream().noneMatch(v -> v.field().endsWith("kpiKey"))) {
                keys.add(input.kpiKey());
            }
        }
        Optional<Map<String, Kpi>> resolved = resolver.apply(keys);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Kpi> kpis = resolved.get();
        for (int i = 0; i < inputs.size(); i++) {
            MeasurementInput input = inputs.get(i);
            if (keys.contains(input.kpiKey())) {
                Kpi kpi = kpis.get(input.kpiKey());
                Optional<String> problem = kpiProblem(kpi, input.kpiKey());
                problem.ifPresent(message -> violations.add(new Violation(field(input, "kpiKey"), message)));
                if (problem.isEmpty() && measurements.get(i) != null) {
                    retention.refusal(measurements.get(i).timestamp(), kpi.rollupBasis())
                            .ifPresent(message -> violations.add(new Violation(field(input, "timestamp"), message)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw invalid(violations, inputs.size());
        }
        return Optional.of(new Validated(measurements, kpis));
    }

    private static Optional<String> kpiProblem(Kpi kpi, String key) {
        if (kpi == null) {
            return Optional.of("no KPI with key '" + key + "'");
        }
        if (!kpi.active()) {
            return Optional.of("KPI " + key + " is archived and takes no measurements");
        }
        if (kpi.isCalculated()) {
            return Optional.of("KPI " + key + " is calculated from other KPIs (" + kpi.formula()
                    + ") and takes no measurements");
        }
        return Optional.empty();
    }

    private ProblemException invalid(List<Violation> violations, int items) {
        int reported = Math.min(violations.size(), config.ingest().maxReportedErrors());
        List<FieldViolation> errors = violations.subList(0, reported).stream()
                .map(v -> new FieldViolation(v.field(), v.message())).toList();
        if (items == 1 && violations.size() == 1) {
            return ProblemException.invalid(errors);
        }
        long failing = violations.stream().map(v -> v.field().split("\\.")[0]).distinct().count();
        String detail = items == 1 ? ProblemException.summary(errors)
                : failing + " of " + items + " measurements are invalid; nothing was stored."
                        + (reported < violations.size() ? " The first " + reported + " of " + violations.size()
                                + " errors are listed." : "");
        return new ProblemException(ProblemType.VALIDATION, detail, errors);
    }

    private MeasurementLimits limits() {
        MeasurementConfig.Ingest ingest = config.ingest();
        return new MeasurementLimits(ingest.maxDimensions(), ingest.maxDimensionKeyLength(),
                ingest.maxDimensionValueLength(), ingest.maxFutureSkew());
    }

    private static String field(MeasurementInput input, String name) {
        return input.location() == null ? name : input.location() + "." + name;
    }
}
