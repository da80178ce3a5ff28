package com.kpiplatform.alerting.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.delivery.SubscriptionRule.Subject;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionRuleTest {

    private static final Subject MRR = new Subject(SubjectType.KPI, "sales.mrr", List.of("north", "board"), "SALES",
            "COMPANY", "Sales", Severity.WARNING);
    private static final Subject KEY_RESULT = new Subject(SubjectType.KEY_RESULT, "42", List.of(), null, null, "sales",
            Severity.CRITICAL);
    private static final Subject SYSTEM = new Subject(SubjectType.SYSTEM, "evaluation-cycle", List.of(), null, null, null,
            Severity.CRITICAL);

    private static List<String> list(String values) {
        return values == null ? List.of() : List.of(values.split(" "));
    }

    @ParameterizedTest(name = "keys {0} tags {1} category {2} level {3} team {4} min {5}: MRR {6}, KR {7}, system {8}")
    @CsvSource(nullValues = "-", value = {
            "-,           -,     -,         -,       -,     -,        true,  true,  true",
            "-,           -,     -,         -,       -,     CRITICAL, false, true,  true",
            "-,           -,     -,         -,       -,     INFO,     true,  true,  true",
            "sales.mrr,   -,     -,         -,       -,     -,        true,  false, false",
            "other.kpi,   -,     -,         -,       -,     -,        false, false, false",
            "-,           board, -,         -,       -,     -,        true,  false, false",
            "-,           south, -,         -,       -,     -,        false, false, false",
            "-,           -,     SALES,     -,       -,     -,        true,  false, false",
            "-,           -,     MARKETING, -,       -,     -,        false, false, false",
            "-,           -,     -,         COMPANY, -,     -,        true,  false, false",
            "-,           -,     -,         TEAM,    -,     -,        false, false, false",
            "-,           -,     -,         -,       sales, -,        true,  true,  false",
            "-,           -,     -,         -,       ops,   -,        false, false, false",
            "sales.mrr,   north, SALES,     COMPANY, Sales, WARNING,  true,  false, false"})
    void everyFilterGivenMustMatch(String keys, String tags, String category, String level, String team,
            Severity minSeverity, boolean mrr, boolean keyResult, boolean system) {
        SubscriptionRule rule = new SubscriptionRule(list(keys), list(tags), category, level, team, minSeverity);
        assertThat(rule.matches(MRR)).as("MRR").isEqualTo(mrr);
        assertThat(rule.matches(KEY_RESULT)).as("key result").isEqualTo(keyResult);
        assertThat(rule.matches(SYSTEM)).as("system").isEqualTo(system);
    }

    @ParameterizedTest(name = "min {0}")
    @CsvSource({"INFO", "WARNING", "CRITICAL"})
    void subjectsWithoutSeverityLikeMissedTargetsPassTheSeverityFilter(Severity minSeverity) {
        Subject verdict = new Subject(SubjectType.KPI, "sales.mrr", List.of(), "SALES", "TEAM", "sales", null);
        assertThat(new SubscriptionRule(List.of(), List.of(), null, null, null, minSeverity).matches(verdict)).isTrue();
    }
}
