package com.kpiplatform.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.kpiplatform.stack.demo.DemoTargets.PeriodTarget;
import com.kpiplatform.stack.demo.KpiSpec.Calculated;
import com.kpiplatform.stack.demo.ObjectiveSpec.KeyResultSpec;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCompanyTest {

    private final List<KpiSpec> kpis = DemoCompany.kpis();
    private final Map<String, KpiSpec> byKey = kpis.stream().collect(Collectors.toMap(KpiSpec::key, Function.identity()));

    @Test
    void hasTwentyToThirtyKpisWithUniqueValidKeys() {
        assertThat(kpis).hasSizeBetween(20, 30);
        assertThat(byKey).hasSameSizeAs(kpis);
        assertThat(kpis).allSatisfy(kpi -> assertThat(kpi.key()).matches("[a-z0-9][a-z0-9._-]{1,63}"));
    }

    @Test
    void coversTheCompanysTeamsButNeverTheJourneyTeamATestUses() {
        Set<String> teams = kpis.stream().map(k -> k.owner().name()).collect(Collectors.toSet());

        assertThat(teams).contains("sales", "marketing", "product", "engineering", "support").doesNotContain("journey");
        assertThat(DemoCompany.objectives()).allSatisfy(o -> assertThat(o.owner().name()).isNotEqualTo("journey"));
        assertThat(kpis).extracting(KpiSpec::key).contains("sales.mrr", "sales.net-revenue-retention",
                "marketing.conversion-rate", "marketing.cac", "product.churn-rate", "product.nps", "support.csat",
                "support.first-response-time", "support.resolution-rate", "engineering.deployment-frequency",
                "engineering.lead-time", "engineering.change-failure-rate", "engineering.uptime");
    }

    @Test
    void calculatedKpisReferToEarlierKpisOfTheSamePeriodType() {
        Map<String, String> formulas = new HashMap<>();
        Set<String> before = new HashSet<>();
        for (KpiSpec kpi : kpis) {
            if (kpi.source() instanceof Calculated calculated) {
                formulas.put(kpi.key(), calculated.formula());
                assertThat(calculated.dependencies()).isNotEmpty().allSatisfy(dependency -> {
                    assertThat(before).as(kpi.key() + " uses " + dependency).contains(dependency);
                    assertThat(byKey.get(dependency).judging().period()).isEqualTo(kpi.judging().period());
                    assertThat(byKey.get(dependency).isCalculated()).isFalse();
                });
            }
            before.add(kpi.key());
        }

        assertThat(formulas).containsOnlyKeys("marketing.roi", "ops.oee");
        assertThat(formulas.get("ops.oee")).isEqualTo("[ops.availability] * [ops.performance] * [ops.quality]");
        assertThat(DemoCompany.dependencies(formulas.get("marketing.roi")))
                .containsExactly("sales.new-bookings", "marketing.spend", "marketing.spend");
    }

    @Test
    void hasMonthlyAndWeeklyTargetsWithAStretchBeyondThemAndRangeKpis() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Set<String> periodTypes = new HashSet<>();
        for (KpiSpec kpi : kpis) {
            if (kpi.goal().isRange()) {
                assertThat(kpi.judging().direction()).isEqualTo("WITHIN_RANGE");
                assertThat(kpi.goal().min()).isLessThan(kpi.goal().max());
                continue;
            }
            periodTypes.add(kpi.judging().period());
            boolean higher = kpi.judging().direction().equals("HIGHER_IS_BETTER");
            assertThat(DemoTargets.targets(kpi, today)).allSatisfy(target -> assertThat(
                    higher ? target.stretch().compareTo(target.target()) : target.target().compareTo(target.stretch()))
                    .as(kpi.key() + " " + target).isPositive());
        }

        assertThat(periodTypes).contains("MONTHLY", "WEEKLY");
        assertThat(kpis).filteredOn(k -> k.goal().isRange()).isNotEmpty();
    }

    @Test
    void targetsRunFromAYearBackToTheNextPeriodsAndFollowTheTrend() {
        LocalDate today = LocalDate.of(2026, 12, 2);

        List<PeriodTarget> mrr = DemoTargets.targets(byKey.get("sales.mrr"), today);
        assertThat(mrr).extracting(PeriodTarget::period).startsWith("2025-12").endsWith("2027-02").hasSize(15)
                .contains("2026-12");
        assertThat(mrr.get(12).target()).isEqualByComparingTo("1050000");
        assertThat(mrr.get(0).target()).isLessThan(mrr.get(12).target());

        List<PeriodTarget> weekly = DemoTargets.targets(byKey.get("support.first-response-time"), today);
        assertThat(weekly).extracting(PeriodTarget::period).startsWith("2026-W37").endsWith("2026-W52").hasSize(16)
                .contains("2026-W49");

        // A monthly SUM's target follows the month's length, and the trend (11,000 to 14,500 a day in 16 months).
        List<PeriodTarget> bookings = DemoTargets.targets(byKey.get("sales.new-bookings"), LocalDate.of(2027, 3, 10));
        PeriodTarget february = bookings.stream().filter(t -> t.period().equals("2027-02")).findFirst().orElseThrow();
        PeriodTarget march = bookings.stream().filter(t -> t.period().equals("2027-03")).findFirst().orElseThrow();
        assertThat(february.target().doubleValue() / march.target().doubleValue()).isCloseTo(
                28 / 31.0 / Math.pow(14_500 / 11_000.0, 1 / 16.0), offset(0.002));
    }

    @Test
    void objectivesFormATreeWithLinkedAndCheckedInKeyResults() {
        List<ObjectiveSpec> objectives = DemoCompany.objectives();
        Set<String> titles = new HashSet<>();
        for (ObjectiveSpec objective : objectives) {
            if (objective.parentTitle() != null) {
                assertThat(titles).contains(objective.parentTitle());
            }
            titles.add(objective.title());
            assertThat(objective.keyResults()).isNotEmpty();
        }
        List<KeyResultSpec> keyResults = objectives.stream().flatMap(o -> o.keyResults().stream()).toList();

        assertThat(objectives).hasSize(3);
        assertThat(objectives).filteredOn(o -> o.parentTitle() == null).hasSize(1);
        assertThat(keyResults).filteredOn(k -> k.kpiKey() != null)
                .allSatisfy(k -> assertThat(byKey).containsKey(k.kpiKey())).isNotEmpty();
        assertThat(keyResults).filteredOn(k -> k.kpiKey() == null)
                .allSatisfy(k -> assertThat(k.checkIn()).isNotNull()).isNotEmpty();
        assertThat(keyResults).allSatisfy(k -> assertThat(k.start()).isNotEqualTo(k.target()));
        assertThat(objectives).extracting(o -> o.horizon().period(LocalDate.of(2026, 12, 2)))
                .containsExactly("2026", "2026-H2", "2026-Q4");
    }
}
