package com.kpiplatform.stack.demo;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.stack.demo.DemoSeries.Point;
import com.kpiplatform.stack.demo.KpiSpec.Calculated;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo's series are deterministic and seasonal, and their current periods are shaped so that the
 * first evaluation shows every status at once, whatever the day. The judging here restates the
 * alerting-service's documented rules (README: status rules, realism, anomalies) for the KPIs whose
 * status does not depend on the pace of a running period.
 */
class DemoSeriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** What the demo designs each non-cumulative KPI's current period to be. */
    private static final Map<String, String> DESIGNED = Map.ofEntries(
            entry("marketing.cac", "EXCEEDED"), entry("engineering.deployment-frequency", "EXCEEDED"),
            entry("support.csat", "EXCEEDED"),
            entry("sales.win-rate", "AT_RISK"), entry("engineering.change-failure-rate", "AT_RISK"),
            entry("support.resolution-rate", "AT_RISK"), entry("ops.oee", "AT_RISK"),
            entry("product.churn-rate", "OFF_TRACK"), entry("product.activation-rate", "OFF_TRACK"),
            entry("product.feature-adoption", "NO_DATA"),
            entry("sales.mrr", "ON_TRACK"), entry("sales.net-revenue-retention", "ON_TRACK"),
            entry("sales.pipeline-coverage", "ON_TRACK"), entry("marketing.conversion-rate", "ON_TRACK"),
            entry("product.nps", "ON_TRACK"), entry("engineering.lead-time", "ON_TRACK"),
            entry("engineering.uptime", "ON_TRACK"), entry("engineering.api-latency-p95", "ON_TRACK"),
            entry("support.first-response-time", "ON_TRACK"), entry("support.ticket-backlog", "ON_TRACK"),
            entry("ops.availability", "ON_TRACK"), entry("ops.performance", "ON_TRACK"), entry("ops.quality", "ON_TRACK"));

    private final Map<String, KpiSpec> kpis = DemoCompany.kpis().stream()
            .collect(Collectors.toMap(KpiSpec::key, Function.identity()));

    @Test
    void sameDayGivesTheSameSeriesAndAPastMonthKeepsItsValuesWithinTheMonth() {
        KpiSpec bookings = kpis.get("sales.new-bookings");

        assertThat(DemoSeries.points(bookings, TODAY)).isEqualTo(DemoSeries.points(bookings, TODAY));
        List<Point> early = DemoSeries.points(bookings, TODAY);
        List<Point> late = DemoSeries.points(bookings, TODAY.plusDays(20));
        assertThat(late.subList(0, early.size())).isEqualTo(early);
    }

    @Test
    void coversSixteenMonthsAndTheCurrentOneDayByDay() {
        List<Point> mrr = DemoSeries.points(kpis.get("sales.mrr"), TODAY);

        assertThat(mrr.get(0).day()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(mrr.get(mrr.size() - 1).day()).isEqualTo(TODAY);
        assertThat(mrr).hasSize((int) (TODAY.toEpochDay() - LocalDate.of(2025, 8, 1).toEpochDay()) + 1);
        assertThat(mrr.get(mrr.size() - 1).value().doubleValue()).isGreaterThan(1.25 * mrr.get(0).value().doubleValue());
    }

    @Test
    void followsTheSeasonWithNoise() {
        List<Point> bookings = DemoSeries.points(kpis.get("sales.new-bookings"), TODAY);

        double december = monthTotal(bookings, YearMonth.of(2025, 12));
        double june = monthTotal(bookings, YearMonth.of(2026, 6));
        assertThat(december).isGreaterThan(1.1 * june);
        assertThat(bookings.stream().map(Point::value).distinct().count()).isGreaterThan(bookings.size() * 9L / 10);
    }

    @Test
    void anIntegrationThatStoppedLeavesItsLastDaysEmpty() {
        List<Point> adoption = DemoSeries.points(kpis.get("product.feature-adoption"), TODAY);

        assertThat(adoption.get(adoption.size() - 1).day()).isEqualTo(TODAY.minusDays(19));
    }

    @Test
    void everyDayOfTwoYearsShowsTheDesignedStatuses() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2028; today = today.plusDays(3)) {
            for (Map.Entry<String, String> designed : DESIGNED.entrySet()) {
                KpiSpec kpi = kpis.get(designed.getKey());
                assertThat(status(kpi, today)).as(kpi.key() + " on " + today).isEqualTo(designed.getValue());
            }
        }
        assertThat(DESIGNED.values()).contains("EXCEEDED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA");
    }

    @Test
    void latencyAndActivationAreAnomaliesAgainstTheirLastTwelvePeriods() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2028; today = today.plusDays(5)) {
            for (String key : List.of("engineering.api-latency-p95", "product.activation-rate")) {
                KpiSpec kpi = kpis.get(key);
                assertThat(robustScore(history(kpi, today), actual(kpi, today))).as(key + " on " + today)
                        .isGreaterThanOrEqualTo(3.5);
            }
        }
    }

    @Test
    void enterpriseDealsTargetIsBeyondTheBestMonthAndCsatsStretchIsMetByTheMedian() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2028; today = today.plusDays(5)) {
            KpiSpec deals = kpis.get("sales.enterprise-deals");
            double best = history(deals, today).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertThat(deals.goal().target()).as("on " + today).isGreaterThan(1.5 * best);

            KpiSpec csat = kpis.get("support.csat");
            assertThat(median(history(csat, today))).as("on " + today).isGreaterThanOrEqualTo(csat.goal().stretch());
        }
    }

    /** The status by the alerting-service's rules, for a KPI judged on its actual (not on pace). */
    private String status(KpiSpec kpi, LocalDate today) {
        if (kpi.shape() != null && kpi.judging().staleAfter() != null) {
            List<Point> points = DemoSeries.points(kpi, today);
            LocalDate last = points.get(points.size() - 1).day();
            if (last.plusDays(Duration.parse(kpi.judging().staleAfter()).toDays()).isBefore(today)) {
                return "NO_DATA";
            }
        }
        Double actual = actual(kpi, today);
        if (actual == null) {
            return "NO_DATA";
        }
        KpiSpec.Goal goal = kpi.goal();
        double tolerance = goal.tolerancePercent() == null ? 10 : goal.tolerancePercent();
        return switch (kpi.judging().direction()) {
            case "HIGHER_IS_BETTER" -> actual >= goal.stretch() ? "EXCEEDED" : actual >= goal.target() ? "ON_TRACK"
                    : actual >= goal.target() * (1 - tolerance / 100) ? "AT_RISK" : "OFF_TRACK";
            case "LOWER_IS_BETTER" -> actual <= goal.stretch() ? "EXCEEDED" : actual <= goal.target() ? "ON_TRACK"
                    : actual <= goal.target() * (1 + tolerance / 100) ? "AT_RISK" : "OFF_TRACK";
            default -> {
                double band = (goal.max() - goal.min()) * tolerance / 100;
                yield actual >= goal.min() && actual <= goal.max() ? "ON_TRACK"
                        : actual >= goal.min() - band && actual <= goal.max() + band ? "AT_RISK" : "OFF_TRACK";
            }
        };
    }

    /** The current period's actual; a formula's over its components' actuals (only products here). */
    private Double actual(KpiSpec kpi, LocalDate today) {
        if (kpi.source() instanceof Calculated calculated) {
            double product = 1;
            for (String dependency : calculated.dependencies()) {
                product *= actual(kpis.get(dependency), today);
            }
            return product;
        }
        LocalDate start = DemoPeriods.start(kpi.judging().weekly(), today);
        return reduce(kpi, DemoSeries.points(kpi, today).stream().filter(p -> !p.day().isBefore(start)).toList());
    }

    /** The actuals of the 12 completed periods before today's, newest first. */
    private static List<Double> history(KpiSpec kpi, LocalDate today) {
        boolean weekly = kpi.judging().weekly();
        List<Point> points = DemoSeries.points(kpi, today);
        LocalDate current = DemoPeriods.start(weekly, today);
        List<Double> history = new ArrayList<>();
        for (int back = 1; back <= 12; back++) {
            LocalDate from = DemoPeriods.shift(weekly, current, -back);
            LocalDate to = DemoPeriods.shift(weekly, current, -back + 1);
            history.add(reduce(kpi, points.stream().filter(p -> !p.day().isBefore(from) && p.day().isBefore(to)).toList()));
        }
        return history;
    }

    private static Double reduce(KpiSpec kpi, List<Point> points) {
        if (points.isEmpty()) {
            return null;
        }
        Stream<Double> values = points.stream().map(p -> p.value().doubleValue());
        return switch (kpi.judging().aggregation()) {
            case "LAST" -> points.get(points.size() - 1).value().doubleValue();
            case "SUM" -> values.mapToDouble(Double::doubleValue).sum();
            default -> values.mapToDouble(Double::doubleValue).average().orElseThrow();
        };
    }

    private static double robustScore(List<Double> history, double value) {
        double median = median(history);
        double mad = median(history.stream().map(v -> Math.abs(v - median)).toList());
        return Math.abs(value - median) / (1.4826 * mad);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double monthTotal(List<Point> points, YearMonth month) {
        return points.stream().filter(p -> YearMonth.from(p.day()).equals(month))
                .mapToDouble(p -> p.value().doubleValue()).sum();
    }
}
