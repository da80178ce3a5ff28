package com.kpiplatform.stack.demo;

import com.kpiplatform.stack.demo.KpiSpec.About;
import com.kpiplatform.stack.demo.KpiSpec.Calculated;
import com.kpiplatform.stack.demo.KpiSpec.Goal;
import com.kpiplatform.stack.demo.KpiSpec.Judging;
import com.kpiplatform.stack.demo.KpiSpec.Measured;
import com.kpiplatform.stack.demo.KpiSpec.Team;
import com.kpiplatform.stack.demo.ObjectiveSpec.CheckInSpec;
import com.kpiplatform.stack.demo.ObjectiveSpec.Horizon;
import com.kpiplatform.stack.demo.ObjectiveSpec.KeyResultSpec;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lumen Labs, the demo company: a SaaS analytics business that also assembles its own sensors. Its
 * KPIs, their owners, goals and the shape of their measurements, and its objectives.
 *
 * <p>The current period of each measured KPI is shaped (see {@link Shape#now}) so that the first
 * evaluation shows every status at once: EXCEEDED (CAC, deployment frequency, CSAT), AT_RISK (win
 * rate, change failure rate, resolution rate, OEE), OFF_TRACK (churn, activation), NO_DATA (feature
 * adoption, whose export stopped 19 days ago) and ON_TRACK (most others). API latency is on track
 * against its target but far above its own history, and activation drops far below its history
 * (anomalies); enterprise deals have a target far beyond any month so far and CSAT a stretch its
 * median month already meets (target realism).
 * Cumulative KPIs (SUM) follow their trend: early in a month they are judged on pace only once it
 * means something, so their status moves with the day of the month.
 */
public final class DemoCompany {

    public static final Team LEADERSHIP = new Team("leadership", "Elena Rossi", "elena.rossi@lumenlabs.example");
    public static final Team SALES = new Team("sales", "Maya Chen", "maya.chen@lumenlabs.example");
    public static final Team MARKETING = new Team("marketing", "Lucas Moreau", "lucas.moreau@lumenlabs.example");
    public static final Team PRODUCT = new Team("product", "Priya Nair", "priya.nair@lumenlabs.example");
    public static final Team ENGINEERING = new Team("engineering", "Tomás Alvarez", "tomas.alvarez@lumenlabs.example");
    public static final Team SUPPORT = new Team("support", "Amara Okafor", "amara.okafor@lumenlabs.example");
    public static final Team OPERATIONS = new Team("operations", "Jonas Weber", "jonas.weber@lumenlabs.example");

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static final String HIGHER = "HIGHER_IS_BETTER";
    private static final String LOWER = "LOWER_IS_BETTER";
    private static final String RANGE = "WITHIN_RANGE";
    private static final String DAILY_FEED = "P3D";

    private static final Pattern DEPENDENCY = Pattern.compile("\\[([^\\]]+)]");

    private DemoCompany() {
    }

    /** Every KPI, each after the KPIs its formula uses. */
    public static List<KpiSpec> kpis() {
        return List.of(
                // Sales (New York)
                kpi("sales.mrr", "Monthly recurring revenue", "USD", SALES, about("SALES", "COMPANY", "LAGGING",
                        "Recurring revenue of all active subscriptions at the end of the day.", "revenue", "board"),
                        monthly(HIGHER, "LAST", NEW_YORK), Goal.target(1_050_000, 1_150_000),
                        Shape.trend(820_000, 1_080_000).noise(0.004).now(1_085_000).decimals(0)),
                kpi("sales.new-bookings", "New bookings", "USD", SALES, about("SALES", "TEAM", "LAGGING",
                        "Annualised value of contracts signed, per day.", "revenue"),
                        monthly(HIGHER, "SUM", NEW_YORK), Goal.target(480_000, 580_000),
                        Shape.trend(11_000, 14_500).season(0.15, 12).noise(0.3).decimals(0)),
                kpi("sales.win-rate", "Win rate", "%", SALES, about("SALES", "TEAM", "LAGGING",
                        "Opportunities won as a share of opportunities closed.", "pipeline"),
                        monthly(HIGHER, "AVG", NEW_YORK), Goal.target(25, 30),
                        Shape.trend(22, 24.5).noise(0.08).now(23.6).decimals(1)),
                kpi("sales.pipeline-coverage", "Pipeline coverage", "x", SALES, about("SALES", "TEAM", "LEADING",
                        "Open pipeline over the quarter's remaining quota; healthy between 3x and 5x.", "pipeline"),
                        monthly(RANGE, "LAST", NEW_YORK), Goal.range(3, 5),
                        Shape.flat(3.9).noise(0.05).now(3.8).decimals(2)),
                kpi("sales.net-revenue-retention", "Net revenue retention", "%", SALES, about("SALES", "COMPANY",
                        "LAGGING", "Revenue from customers of a year ago, today, against their revenue then.",
                        "revenue", "board"),
                        monthly(HIGHER, "LAST", NEW_YORK), Goal.target(110, 118),
                        Shape.trend(104, 111.5).noise(0.01).now(112).decimals(1)),
                kpi("sales.enterprise-deals", "Enterprise deals won", "deals", SALES, about("SALES", "TEAM", "LAGGING",
                        "Deals over $100k ARR closed won. The board's target of 16 a month is aspirational.",
                        "enterprise"),
                        monthly(HIGHER, "SUM", NEW_YORK), Goal.target(16, 20), Shape.events(0.12)),
                // Marketing (New York)
                kpi("marketing.leads", "Marketing-qualified leads", "leads", MARKETING, about("MARKETING", "TEAM",
                        "LEADING", "Leads that marketing hands to sales, per day.", "funnel"),
                        monthly(HIGHER, "SUM", NEW_YORK), Goal.target(1_700, 2_000),
                        Shape.trend(45, 62).season(0.1, 3).noise(0.2).decimals(0)),
                kpi("marketing.conversion-rate", "Visitor-to-signup conversion rate", "%", MARKETING, about("MARKETING",
                        "TEAM", "LEADING", "Website visitors who start a trial, daily.", "funnel"),
                        weekly(HIGHER, "AVG", NEW_YORK), Goal.target(3.0, 3.6),
                        Shape.trend(2.6, 3.15).noise(0.06).now(3.2).decimals(2)),
                kpi("marketing.cac", "Customer acquisition cost", "USD", MARKETING, about("MARKETING", "TEAM",
                        "LAGGING", "Sales and marketing cost per new customer.", "unit-economics"),
                        monthly(LOWER, "AVG", NEW_YORK), Goal.target(1_400, 1_200),
                        Shape.trend(1_520, 1_230).noise(0.05).now(1_150).decimals(0)),
                kpi("marketing.spend", "Marketing spend", "USD", MARKETING, about("MARKETING", "TEAM", "LEADING",
                        "Paid media, events and tools, per day; the target is the month's budget.", "budget"),
                        monthly(LOWER, "SUM", NEW_YORK), Goal.target(135_000, 120_000),
                        Shape.trend(3_600, 4_100).noise(0.15).decimals(0)),
                calculated("marketing.roi", "Marketing ROI", "ratio", MARKETING, about("FINANCE", "COMPANY", "LAGGING",
                        "New bookings less marketing spend, per dollar of marketing spend.", "unit-economics", "board"),
                        monthly(HIGHER, "AVG", NEW_YORK), Goal.target(2.0, 3.5),
                        "([sales.new-bookings] - [marketing.spend]) / [marketing.spend]"),
                // Product (Berlin)
                kpi("product.churn-rate", "Logo churn rate", "%", PRODUCT, about("PRODUCT", "COMPANY", "LAGGING",
                        "Customers lost in the last 30 days as a share of customers 30 days ago.", "retention", "board"),
                        monthly(LOWER, "LAST", BERLIN), Goal.target(2.0, 1.5),
                        Shape.trend(2.4, 2.05).noise(0.04).now(2.6).decimals(2)),
                kpi("product.nps", "Net promoter score", "points", PRODUCT, about("PRODUCT", "COMPANY", "LAGGING",
                        "In-app survey, promoters minus detractors.", "customer"),
                        monthly(HIGHER, "AVG", BERLIN), Goal.target(40, 50),
                        Shape.trend(36, 43).noise(0.08).now(43).decimals(1)),
                kpi("product.activation-rate", "Activation rate", "%", PRODUCT, about("PRODUCT", "TEAM", "LEADING",
                        "New workspaces that build their first report within 7 days.", "onboarding"),
                        weekly(HIGHER, "AVG", BERLIN), Goal.target(40, 45),
                        Shape.trend(38, 41).noise(0.05).now(31).decimals(1)),
                kpi("product.feature-adoption", "Dashboard adoption", "%", PRODUCT, about("PRODUCT", "TEAM", "LEADING",
                        "Active workspaces that use shared dashboards. The analytics export feeding it stopped.",
                        "adoption"),
                        new Judging(HIGHER, "AVG", "MONTHLY", BERLIN, "P7D"), Goal.target(35, 45),
                        Shape.trend(18, 33).noise(0.05).decimals(1).silentFor(19)),
                // Engineering (UTC)
                kpi("engineering.deployment-frequency", "Deployment frequency", "deploys/day", ENGINEERING,
                        about("ENGINEERING", "TEAM", "LEADING", "Production deployments per day (DORA).", "dora"),
                        weekly(HIGHER, "AVG", UTC), Goal.target(4, 6),
                        Shape.trend(3.2, 6.6).noise(0.25).now(7).decimals(0)),
                kpi("engineering.lead-time", "Lead time for changes", "hours", ENGINEERING, about("ENGINEERING", "TEAM",
                        "LEADING", "Commit to production, median of the day's deployments (DORA).", "dora"),
                        weekly(LOWER, "AVG", UTC), Goal.target(24, 12),
                        Shape.trend(34, 20).noise(0.2).now(19).decimals(1)),
                kpi("engineering.change-failure-rate", "Change failure rate", "%", ENGINEERING, about("ENGINEERING",
                        "TEAM", "LAGGING", "Deployments that needed a rollback or a hotfix (DORA).", "dora"),
                        weekly(LOWER, "AVG", UTC), Goal.target(15, 10),
                        Shape.trend(18, 14).noise(0.15).now(15.8).decimals(1)),
                kpi("engineering.uptime", "API uptime", "%", ENGINEERING, about("ENGINEERING", "COMPANY", "LAGGING",
                        "Successful synthetic checks of the public API.", "reliability", "sla"),
                        monthly(HIGHER, "AVG", UTC), Goal.target(99.9, 99.99).tolerance(0.1),
                        Shape.flat(99.94).noise(0.0003).decimals(3)),
                kpi("engineering.api-latency-p95", "API latency (p95)", "ms", ENGINEERING, about("ENGINEERING", "TEAM",
                        "LEADING", "95th percentile of API response times, daily.", "reliability"),
                        monthly(LOWER, "AVG", UTC), Goal.target(500, 150),
                        Shape.trend(190, 175).noise(0.06).now(340).decimals(0)),
                // Support (Berlin)
                kpi("support.first-response-time", "First response time", "minutes", SUPPORT, about("CUSTOMER_SUPPORT",
                        "TEAM", "LEADING", "Average time to the first human answer on a ticket.", "sla"),
                        weekly(LOWER, "AVG", BERLIN), Goal.target(60, 30),
                        Shape.trend(75, 44).season(0.1, 12).noise(0.2).now(42).decimals(0)),
                kpi("support.resolution-rate", "First-contact resolution rate", "%", SUPPORT, about("CUSTOMER_SUPPORT",
                        "TEAM", "LAGGING", "Tickets solved without a second reply.", "quality"),
                        weekly(HIGHER, "AVG", BERLIN), Goal.target(85, 92),
                        Shape.trend(80, 84).noise(0.04).now(80.5).decimals(1)),
                kpi("support.csat", "Customer satisfaction (CSAT)", "score", SUPPORT, about("CUSTOMER_SUPPORT", "TEAM",
                        "LAGGING", "Post-ticket survey, 1 to 5.", "customer"),
                        monthly(HIGHER, "AVG", BERLIN), Goal.target(4.3, 4.5),
                        Shape.flat(4.58).noise(0.03).now(4.58).decimals(2)),
                kpi("support.ticket-backlog", "Open ticket backlog", "tickets", SUPPORT, about("CUSTOMER_SUPPORT", "TEAM",
                        "LEADING", "Open tickets at the end of the day; healthy between 60 and 160.", "workload"),
                        monthly(RANGE, "LAST", BERLIN), Goal.range(60, 160),
                        Shape.trend(140, 105).season(0.15, 1).noise(0.1).decimals(0)),
                // Operations (Berlin): the sensor assembly line
                kpi("ops.availability", "Line availability", "ratio", OPERATIONS, about("OPERATIONS", "TEAM", "LAGGING",
                        "Run time over planned production time of the sensor line.", "oee", "manufacturing"),
                        monthly(HIGHER, "AVG", BERLIN), Goal.target(0.90, 0.95),
                        Shape.trend(0.88, 0.92).noise(0.02).now(0.92).decimals(4)),
                kpi("ops.performance", "Line performance", "ratio", OPERATIONS, about("OPERATIONS", "TEAM", "LAGGING",
                        "Actual over ideal output rate while running.", "oee", "manufacturing"),
                        monthly(HIGHER, "AVG", BERLIN), Goal.target(0.85, 0.92),
                        Shape.trend(0.84, 0.875).noise(0.02).now(0.875).decimals(4)),
                kpi("ops.quality", "First-pass quality", "ratio", OPERATIONS, about("OPERATIONS", "TEAM", "LAGGING",
                        "Sensors that pass final test the first time.", "oee", "manufacturing"),
                        monthly(HIGHER, "AVG", BERLIN), Goal.target(0.97, 0.99),
                        Shape.trend(0.965, 0.975).noise(0.005).now(0.975).decimals(4)),
                calculated("ops.oee", "Overall equipment effectiveness", "ratio", OPERATIONS, about("OPERATIONS",
                        "COMPANY", "LAGGING", "Availability x performance x quality of the sensor line.", "oee",
                        "manufacturing", "board"),
                        monthly(HIGHER, "AVG", BERLIN), Goal.target(0.85, 0.9),
                        "[ops.availability] * [ops.performance] * [ops.quality]"));
    }

    /** The objectives, each after its parent: one company objective and two team objectives aligned to it. */
    public static List<ObjectiveSpec> objectives() {
        String company = "Grow into a $1.1M MRR business that customers stay with";
        return List.of(
                new ObjectiveSpec(company, "The company objective for the year.", Horizon.YEAR, "COMPANY", LEADERSHIP,
                        null, List.of(
                                KeyResultSpec.linked("Reach $1.1M monthly recurring revenue", 900_000, 1_100_000, "USD",
                                        2, "sales.mrr"),
                                KeyResultSpec.linked("Lift net revenue retention to 112 %", 106, 112, "%", 1,
                                        "sales.net-revenue-retention"),
                                KeyResultSpec.linked("Bring logo churn down to 1.5 %", 2.4, 1.5, "%", 1,
                                        "product.churn-rate"))),
                new ObjectiveSpec("Win the mid-market in North America", "Sales and marketing, this half year.",
                        Horizon.HALF, "TEAM", SALES, company, List.of(
                                KeyResultSpec.linked("Raise visitor-to-signup conversion to 3.2 %", 2.7, 3.2, "%", 1,
                                        "marketing.conversion-rate"),
                                KeyResultSpec.checkedIn("Sign 5 referenceable mid-market customers", 0, 5, "customers",
                                        new CheckInSpec(3, 7, "Three signed; two more are in legal review.")))),
                new ObjectiveSpec("Make support effortless", "Support, this quarter.", Horizon.QUARTER, "TEAM", SUPPORT,
                        company, List.of(
                                KeyResultSpec.linked("Answer every ticket within 30 minutes", 75, 30, "minutes", 1,
                                        "support.first-response-time"),
                                KeyResultSpec.checkedIn("Publish 40 help-centre articles", 0, 40, "articles",
                                        new CheckInSpec(22, 6, "22 live; the writers are busy with the release notes.")))));
    }

    /** The KPI keys a formula refers to, in order of appearance. */
    static List<String> dependencies(String formula) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = DEPENDENCY.matcher(formula);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static KpiSpec kpi(String key, String name, String unit, Team owner, About about, Judging judging, Goal goal,
            Shape shape) {
        return new KpiSpec(key, name, unit, owner, about, judging, goal, new Measured(shape));
    }

    private static KpiSpec calculated(String key, String name, String unit, Team owner, About about, Judging judging,
            Goal goal, String formula) {
        Judging noStaleness = new Judging(judging.direction(), judging.aggregation(), judging.period(),
                judging.timeZone(), null);
        return new KpiSpec(key, name, unit, owner, about, noStaleness, goal,
                new Calculated(formula, dependencies(formula)));
    }

    private static About about(String category, String level, String indicatorType, String description, String... tags) {
        return new About(category, level, indicatorType, List.of(tags), description);
    }

    private static Judging monthly(String direction, String aggregation, ZoneId zone) {
        return new Judging(direction, aggregation, "MONTHLY", zone, DAILY_FEED);
    }

    private static Judging weekly(String direction, String aggregation, ZoneId zone) {
        return new Judging(direction, aggregation, "WEEKLY", zone, DAILY_FEED);
    }
}
