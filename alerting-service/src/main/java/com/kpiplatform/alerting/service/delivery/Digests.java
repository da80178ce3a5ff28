package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.client.KpiDefinitionClient;
import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.delivery.Addressee;
import com.kpiplatform.alerting.domain.delivery.DigestEntry;
import com.kpiplatform.alerting.domain.delivery.DigestLine;
import com.kpiplatform.alerting.domain.delivery.NewDelivery;
import com.kpiplatform.alerting.domain.delivery.Notice;
import com.kpiplatform.alerting.domain.delivery.Route;
import com.kpiplatform.alerting.domain.delivery.SubscriptionRule.Subject;
import com.kpiplatform.alerting.domain.kpi.OverdueReview;
import com.kpiplatform.alerting.domain.kpi.Profile;
import com.kpiplatform.alerting.repository.DeliveryRepository;
import com.kpiplatform.alerting.repository.OwnerOptOutRepository;
import com.kpiplatform.alerting.repository.ScorecardRepository;
import com.kpiplatform.alerting.repository.SubscriptionRepository;
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
    ScorecardRepository scorecard;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    OwnerOptOutRepository optOuts;

    @Inject
    DeliveryRepository deliveries;

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
        } catch (RuntimeException e) {
            LOG.warnf("Weekly digests failed: %s", e.toString());
        }
    }

    /** Queues this week's digests not queued yet; answers how many were queued. */
    public int run() {
        Instant now = clock.instant();
        String week = week(now);
        List<OverdueReview> overdue = overdueReviews();
        return transactions.inTransaction(connection -> {
            List<DigestEntry> entries = scorecard.digestEntries(connection, now.minus(Duration.ofDays(7)));
            List<NewDelivery> queued = new ArrayList<>();
            for (Route route : subscriptions.routes(connection)) {
                List<DigestLine> lines = entries.stream().filter(e -> route.rule().matches(subject(e)))
                        .map(e -> line(e, null)).sorted(ORDER).toList();
                if (route.wants().weeklyDigest() && !lines.isEmpty()) {
                    Notice notice = notices.digest("Weekly KPI digest (" + route.name() + ")", lines,
                            "Week " + week + "; KPIs whose status changed since last week come first.", now);
                    queued.add(new NewDelivery("digest:" + week + ":subscription:" + route.subscriptionId(),
                            route.addressee(), route.subscriptionId(), null, notice));
                }
            }
            queued.addAll(overdueReviews(connection, entries, overdue, week, now));
            return deliveries.enqueue(connection, queued, now);
        });
    }

    /** One mail per KPI owner with overdue reviews, unless owner emails are off (for the service or the KPI). */
    private List<NewDelivery> overdueReviews(Connection connection, List<DigestEntry> entries,
            List<OverdueReview> overdue, String week, Instant now) throws SQLException {
        if (!config.delivery().ownerEmails()) {
            return List.of();
        }
        Map<String, DigestEntry> byKey = entries.stream().collect(Collectors.toMap(DigestEntry::kpiKey, Function.identity()));
        Set<String> optedOut = optOuts.optedOut(connection, byKey.keySet());
        Map<String, List<DigestLine>> byOwner = new TreeMap<>();
        for (OverdueReview review : overdue) {
            DigestEntry entry = byKey.get(review.kpiKey());
            String owner = entry == null ? null : entry.profile().owner().email();
            if (owner != null && !optedOut.contains(review.kpiKey())) {
                byOwner.computeIfAbsent(owner.toLowerCase(Locale.ROOT), o -> new ArrayList<>())
                        .add(line(entry, review.message()));
            }
        }
        List<NewDelivery> queued = new ArrayList<>();
        byOwner.forEach((owner, lines) -> {
            Notice notice = notices.digest("KPI reviews overdue", lines.stream().sorted(ORDER).toList(),
                    "You own these KPIs; their review cadence says they are due for a review.", now);
            queued.add(new NewDelivery("digest:" + week + ":owner:" + owner, Addressee.owner(owner), null, null, notice));
        });
        return queued;
    }

    /** The definition service's overdue reviews; without them this week's digests go out without overdue reviews. */
    private List<OverdueReview> overdueReviews() {
        try {
            return definitions.overdueReviews();
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

    private static Subject subject(DigestEntry entry) {
        Profile profile = entry.profile();
        return new Subject(SubjectType.KPI, entry.kpiKey(), profile.tags(), profile.category(), profile.level(),
                profile.owner().team(), null);
    }

    private static DigestLine line(DigestEntry entry, String note) {
        return new DigestLine(entry.kpiKey(), entry.profile().name(), entry.profile().unit(), entry.status(),
                entry.previousStatus(), entry.actual(), entry.target(), note);
    }

    private static int rank(String status) {
        int rank = WORST_FIRST.indexOf(status);
        return rank < 0 ? WORST_FIRST.size() : rank;
    }
}
