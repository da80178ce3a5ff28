package com.kpiplatform.definition.service;

import com.kpiplatform.definition.domain.Direction;
import com.kpiplatform.definition.domain.FormulaCycles;
import com.kpiplatform.definition.domain.KpiLifecycle;
import com.kpiplatform.definition.domain.TargetRules;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiRepository;
import com.kpiplatform.support.formula.Formula;
import com.kpiplatform.support.formula.InvalidFormulaException;
import com.kpiplatform.support.problem.Problem.FieldViolation;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of a KPI definition that span fields or other KPIs: range versus targets by direction,
 * and a formula's syntax, references and cycles. All violations are reported at once.
 */
@ApplicationScoped
public class KpiRules {

    @Inject
    KpiRepository kpis;

    /**
     * Checks a definition of the KPI {@code key} and answers its formula dependencies (empty for a
     * measured KPI), or throws a 400 naming every invalid field.
     */
    public List<String> check(String key, KpiEntity definition) {
        List<FieldViolation> violations = new ArrayList<>();
        checkRange(definition, violations);
        List<String> dependencies = definition.formula == null ? List.of() : checkFormula(key, definition, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return dependencies;
    }

    private static void checkRange(KpiEntity definition, List<FieldViolation> violations) {
        boolean hasRange = definition.rangeMin != null || definition.rangeMax != null;
        if (definition.direction != Direction.WITHIN_RANGE) {
            if (hasRange) {
                violations.add(new FieldViolation("range", "only WITHIN_RANGE KPIs have a range; use targets for "
                        + definition.direction + " KPIs"));
            }
            return;
        }
        if (!hasRange) {
            violations.add(new FieldViolation("range", "is required for WITHIN_RANGE KPIs"));
        } else if (definition.rangeMin != null && definition.rangeMax != null
                && definition.rangeMin.compareTo(definition.rangeMax) >= 0) {
            violations.add(new FieldViolation("range.max", "must be greater than range.min ("
                    + definition.rangeMin.toPlainString() + ")"));
        }
        if (definition.defaultTarget != null) {
            violations.add(new FieldViolation("defaultTarget", TargetRules.targetsNotAllowed(Direction.WITHIN_RANGE).orElseThrow()));
        }
    }

    private List<String> checkFormula(String key, KpiEntity definition, List<FieldViolation> violations) {
        Formula formula;
        try {
            formula = Formula.parse(definition.formula);
        } catch (InvalidFormulaException e) {
            violations.add(new FieldViolation("formula", e.getMessage()));
            return List.of();
        }
        List<String> dependencies = formula.dependencies();
        Map<String, KpiEntity> referenced = kpis.findByKeys(dependencies).stream()
                .collect(Collectors.toMap(k -> k.key, Function.identity()));
        List<String> unknown = dependencies.stream().filter(d -> !referenced.containsKey(d) && !d.equals(key)).toList();
        if (!unknown.isEmpty()) {
            violations.add(new FieldViolation("formula", "references unknown KPIs: " + String.join(", ", unknown)));
        }
        List<String> archived = referenced.values().stream().filter(k -> k.status == KpiLifecycle.ARCHIVED)
                .map(k -> k.key).sorted().toList();
        if (!archived.isEmpty()) {
            violations.add(new FieldViolation("formula", "references archived KPIs: " + String.join(", ", archived)));
        }
        List<String> otherPeriod = referenced.values().stream().filter(k -> k.period != definition.period)
                .map(k -> k.key + " (" + k.period + ")").sorted().toList();
        if (!otherPeriod.isEmpty() && definition.period != null) {
            violations.add(new FieldViolation("formula", "a " + definition.period + " KPI can only combine "
                    + definition.period + " KPIs; these are not: " + String.join(", ", otherPeriod)));
        }
        Map<String, List<String>> graph = kpis.formulaGraph();
        FormulaCycles.cycleThrough(key, dependencies, k -> graph.getOrDefault(k, List.of()))
                .ifPresent(cycle -> violations.add(new FieldViolation("formula",
                        "would create a dependency cycle: " + String.join(" → ", cycle))));
        return dependencies;
    }
}
