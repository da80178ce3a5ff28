package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.client.KpiDefinitionClient;
import com.kpiplatform.alerting.client.KpiHealthView;
import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.ChannelType;
import com.kpiplatform.alerting.domain.Notice.DigestLine;
import com.kpiplatform.alerting.domain.Notice;
import com.kpiplatform.alerting.domain.NoticeKind;
import com.kpiplatform.alerting.domain.SubjectType;
import com.kpiplatform.alerting.domain.SubscriptionRule.Subject;
import com.kpiplatform.alerting.repository.DeliveryStore.NewDelivery;
import com.kpiplatform.alerting.repository.DeliveryStore;
import com.kpiplatform.alerting.repository.DigestStore.Entry;
import com.kpiplatform.alerting.repository.DigestStore;
import com.kpiplatform.alerting.repository.RoutingStore.Route;
import com.kpiplatform.alerting.repository.RoutingStore;
import com.kpiplatform.alerting.repository.Transactions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Weekly digests: each subscription that asks for one gets a scorecard of the KPIs it follows, the
 * changes since last week first; each KPI owner with overdue reviews gets the list. A week's digest
 * is queued once (its idempotency key names the ISO week), however many replicas or runs there are.
 */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class);
    private static final List<String> WORST_FIRST = List.of("OFF_TRACK", "AT_RISK", "NO_DATA", "NO_TARGET", "ON_TRACK",
            "EXCEEDED");
    private static final Comparator<DigestLine> ORDER = Comparator.comparing((DigestLine l) -> !l.changed())
            .thenComparing(l -> rank(l.status())).thenComparing(DigestLine::kpiKey);

    @Inject
    DigestStore digests;

    @Inject
    RoutingStore routing;

    @Inject
    DeliveryStore deliveries;

    @Inject
    Transactions transactions;

    @Inject
    KpiDefinitionClient definitions;

    @Inject
    Notices notices;

    @Inject
    AlertingConfig config;

    @Inject
    Clock clock;

    @Scheduled(cron = "${alerting.digest.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void weekly() {
        try {
            LOG.infof("Queued %d weekly digests", run());
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Weekly digests failed: %s", e.toString());
        }
    }

    /** Queues this week's digests not queued yet; answers how many were queued. */
    public int run() throws SQLException {
        Instant now = clock.instant();
        String week = week(now);
        List<KpiHealthView.Kpi> health = health();
        return transactions.inTransaction(connection -> {
            List<Entry> entries = digests.scorecard(connection, now.minus(Duration.ofDays(7)));
            List<NewDelivery> queued = new ArrayList<>();
            for (Route route : routing.routes(connection)) {
                List<DigestLine> lines = entries.stream().filter(e -> route.rule().matches(subject(e)))
                        .map(e -> line(e, null)).sorted(ORDER).toList();
                if (route.weeklyDigest() && !lines.isEmpty()) {
                    Notice notice = notices.digest("Weekly KPI digest (" + route.name() + ")", lines,
                            "Week " + week + "; KPIs whose status changed since last week come first.", now);
                    queued.add(new NewDelivery("digest:" + week + ":subscription:" + route.id(), NoticeKind.DIGEST,
                            route.channelId(), route.channelType(), null, route.id(), null, notice));
                }
            }
            queued.addAll(overdueReviews(connection, entries, health, week, now));
            return deliveries.enqueue(connection, queued, now);
        });
    }

    /** One mail per KPI owner with overdue reviews, unless owner emails are off (for the service or the KPI). */
    private List<NewDelivery> overdueReviews(Connection connection, List<Entry> entries, List<KpiHealthView.Kpi> health,
            String week, Instant now) throws SQLException {
        if (!config.delivery().ownerEmails()) {
            return List.of();
        }
        Map<String, Entry> byKey = entries.stream().collect(Collectors.toMap(Entry::kpiKey, Function.identity()));
        Set<String> optedOut = routing.ownerOptOuts(connection, byKey.keySet());
        Map<String, List<DigestLine>> byOwner = new TreeMap<>();
        for (KpiHealthView.Kpi kpi : health) {
            Entry entry = byKey.get(kpi.key());
            if (entry == null || entry.ownerEmail() == null || optedOut.contains(kpi.key())) {
                continue;
            }
            kpi.findings().stream().filter(f -> KpiHealthView.REVIEW_OVERDUE.equals(f.code())).findFirst()
                    .ifPresent(f -> byOwner.computeIfAbsent(entry.ownerEmail().toLowerCase(Locale.ROOT),
                            owner -> new ArrayList<>()).add(line(entry, f.message())));
        }
        List<NewDelivery> queued = new ArrayList<>();
        byOwner.forEach((owner, lines) -> {
            Notice notice = notices.digest("KPI reviews overdue", lines.stream().sorted(ORDER).toList(),
                    "You own these KPIs; their review cadence says they are due for a review.", now);
            queued.add(new NewDelivery("digest:" + week + ":owner:" + owner, NoticeKind.DIGEST, null, ChannelType.EMAIL,
                    owner, null, null, notice));
        });
        return queued;
    }

    /** The definition service's findings; without them this week's digests go out without overdue reviews. */
    private List<KpiHealthView.Kpi> health() {
        try {
            KpiHealthView report = definitions.health();
            return report.kpis() == null ? List.of() : report.kpis();
        } catch (RuntimeException e) {
            LOG.warnf("No overdue reviews in this week's digests; the kpi-definition-service failed: %s", e.toString());
            return List.of();
        }
    }

    static String week(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%d-W%02d", utc.get(IsoFields.WEEK_BASED_YEAR),
                utc.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Subject subject(Entry entry) {
        return new Subject(SubjectType.KPI, entry.kpiKey(), entry.tags(), entry.category(), entry.level(),
                entry.ownerTeam(), null);
    }

    private static DigestLine line(Entry entry, String note) {
        return new DigestLine(entry.kpiKey(), entry.name(), entry.unit(), entry.status(), entry.previousStatus(),
                entry.actual(), entry.target(), note);
    }

    private static int rank(String status) {
        int rank = WORST_FIRST.indexOf(status);
        return rank < 0 ? WORST_FIRST.size() : rank;
    }
}
