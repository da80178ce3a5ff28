package com.kpiplatform.definition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.definition.domain.KpiHealthRules.CurrentTarget;
import com.kpiplatform.definition.domain.KpiHealthRules.KpiFacts;
import com.kpiplatform.definition.domain.KpiHealthRules.Ownership;
import com.kpiplatform.definition.domain.KpiHealthRules.ReviewHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiHealthRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static KpiFacts healthy() {
        return new KpiFacts("sales.mrr", Direction.HIGHER_IS_BETTER, new CurrentTarget("2026-11", true),
                new Ownership("sales", "ana@example.com"), new ReviewHistory(ReviewCadence.MONTHLY,
                        NOW.minus(Duration.ofDays(10)), Instant.parse("2025-01-01T00:00:00Z")), Duration.ofDays(2), true);
    }

    @Test
    void aWellKeptKpiHasNoFindings() {
        assertThat(KpiHealthRules.findings(healthy(), NOW)).isEmpty();
    }

    @Test
    void reportsEveryPitfallWithCodeSeverityAndSentence() {
        var kpi = new KpiFacts("sales.mrr", Direction.HIGHER_IS_BETTER, new CurrentTarget("2026-11", false),
                new Ownership(null, null), new ReviewHistory(null, null, NOW), null, false);

        List<HealthFinding> findings = KpiHealthRules.findings(kpi, NOW);

        assertThat(findings).extracting(HealthFinding::code).containsExactly(KpiHealthRules.NO_CURRENT_TARGET,
                KpiHealthRules.NO_OWNER, KpiHealthRules.NO_REVIEW_CADENCE, KpiHealthRules.NO_STALENESS_RULE,
                KpiHealthRules.NOT_LINKED);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(findings.get(0).message()).contains("2026-11");
    }

    @Test
    void rangeKpisNeedNoTarget() {
        var kpi = new KpiFacts("ops.inventory-days", Direction.WITHIN_RANGE, new CurrentTarget("2026-11", false),
                new Ownership("ops", "ops@example.com"), new ReviewHistory(ReviewCadence.QUARTERLY, NOW, NOW),
                Duration.ofDays(1), true);

        assertThat(KpiHealthRules.findings(kpi, NOW)).isEmpty();
    }

    @ParameterizedTest(name = "{0} cadence, last review {1}, created {2}: overdue {3}")
    @CsvSource({
            "MONTHLY,   2026-10-22T12:00:00Z, 2025-01-01T00:00:00Z, false",
            "MONTHLY,   2026-10-21T11:59:59Z, 2025-01-01T00:00:00Z, true",
            "QUARTERLY, 2026-08-22T00:00:00Z, 2025-01-01T00:00:00Z, false",
            "QUARTERLY, 2026-08-20T00:00:00Z, 2025-01-01T00:00:00Z, true",
            "MONTHLY,   '',                   2026-11-01T00:00:00Z, false",
            "MONTHLY,   '',                   2026-10-01T00:00:00Z, true",
    })
    void reviewIsOverdueOneCadenceAfterTheLastReviewOrCreation(ReviewCadence cadence, String lastReviewed,
            Instant created, boolean overdue) {
        var review = new ReviewHistory(cadence, lastReviewed.isEmpty() ? null : Instant.parse(lastReviewed), created);
        var kpi = new KpiFacts("k1", Direction.HIGHER_IS_BETTER, new CurrentTarget("2026-11", true),
                new Ownership("t", "t@example.com"), review, Duration.ofDays(1), true);

        assertThat(KpiHealthRules.findings(kpi, NOW)).extracting(HealthFinding::code)
                .containsExactlyElementsOf(overdue ? List.of(KpiHealthRules.REVIEW_OVERDUE) : List.of());
    }

    @Test
    void aKpiThatServesNoObjectiveIsReportedAsPossiblyIrrelevant() {
        var healthy = healthy();
        var unlinked = new KpiFacts(healthy.key(), healthy.direction(), healthy.currentTarget(), healthy.owner(),
                healthy.review(), healthy.staleAfter(), false);

        assertThat(KpiHealthRules.findings(unlinked, NOW)).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo(KpiHealthRules.NOT_LINKED))
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
                .satisfies(f -> assertThat(f.message()).contains("serves no objective"));
    }

    @ParameterizedTest(name = "{0} KPIs with a limit of {1}: finding {2}")
    @CsvSource({"10, 10, false", "11, 10, true", "0, 10, false"})
    void teamsWithTooManyKpisAreFlagged(long count, int limit, boolean flagged) {
        var findings = KpiHealthRules.teamFindings("sales", count, limit);

        assertThat(findings).hasSize(flagged ? 1 : 0);
        findings.forEach(f -> assertThat(f.message()).contains("owns " + count).contains("sales"));
    }
}
