package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.alert.AlertChange;
import com.kpiplatform.alerting.domain.alert.AlertEventType;
import com.kpiplatform.alerting.domain.alert.FiringAlert;
import com.kpiplatform.alerting.domain.alert.Observation;
import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SilenceRule;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.delivery.Addressee;
import com.kpiplatform.alerting.domain.delivery.MissedTarget;
import com.kpiplatform.alerting.domain.delivery.NewDelivery;
import com.kpiplatform.alerting.domain.delivery.Notice;
import com.kpiplatform.alerting.domain.delivery.Route;
import com.kpiplatform.alerting.domain.delivery.SubscriptionRule.Subject;
import com.kpiplatform.alerting.domain.delivery.Told;
import com.kpiplatform.alerting.domain.kpi.Profile;
import com.kpiplatform.alerting.repository.AlertRepository;
import com.kpiplatform.alerting.repository.DeliveryRepository;
import com.kpiplatform.alerting.repository.OwnerOptOutRepository;
import com.kpiplatform.alerting.repository.SilenceRepository;
import com.kpiplatform.alerting.repository.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a cycle decided into outbox rows, in the cycle's own transaction: an alert change
 * goes to every subscription it matches and to its KPI owner's email (unless the KPI opted out);
 * a resolution only to those told that the alert fired, when they want resolutions; subscriptions
 * with their own repeat interval are reminded on their own schedule; missed targets go to
 * subscriptions that asked for them. One delivery per notification and destination.
 */
@ApplicationScoped
public class Router {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    AlertRepository alerts;

    @Inject
    SilenceRepository silences;

    @Inject
    OwnerOptOutRepository optOuts;

    @Inject
    Notices notices;

    @Inject
    AlertingConfig config;

    /** Queues the notifications of a cycle's alert changes and missed targets; answers how many deliveries were queued. */
    public int route(Connection connection, List<AlertChange> changes, List<MissedTarget> missed, Instant at)
            throws SQLException {
        List<Route> routes = subscriptions.routes(connection);
        Map<String, NewDelivery> queued = new LinkedHashMap<>();
        alertChanges(connection, routes, changes, at, queued);
        repeats(connection, routes, at, queued);
        missedTargets(routes, missed, at, queued);
        return deliveries.enqueue(connection, new ArrayList<>(queued.values()), at);
    }

    private void alertChanges(Connection connection, List<Route> routes, List<AlertChange> changes, Instant at,
            Map<String, NewDelivery> queued) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Set<String> optedOut = optOuts.optedOut(connection, changes.stream().map(c -> c.observation().subjectKey()).toList());
        Map<Long, Told> toldBefore = deliveries.toldBefore(connection, changes.stream()
                .filter(c -> c.type() == AlertEventType.RESOLVED).map(AlertChange::alertId).toList());
        for (AlertChange change : changes) {
            Notice notice = notices.alert(change.type(), change.severity(), change.observation(), at);
            boolean resolved = change.type() == AlertEventType.RESOLVED;
            Told told = toldBefore.getOrDefault(change.alertId(), Told.NOBODY);
            Subject subject = subject(change.observation(), change.severity());
            for (Route route : routes) {
                boolean wanted = route.rule().matches(subject)
                        && (!resolved || route.wants().sendResolved() && told.subscriptions().contains(route.subscriptionId()))
                        && !(change.type() == AlertEventType.REPEATED && route.wants().repeatInterval() != null);
                if (wanted) {
                    add(queued, new NewDelivery("event:" + change.eventId() + ":channel:" + route.channelId(),
                            route.addressee(), route.subscriptionId(), change.alertId(), notice));
                }
            }
            String owner = ownerAddress(change.observation().profile());
            if (config.delivery().ownerEmails() && owner != null && !optedOut.contains(change.observation().subjectKey())
                    && (!resolved || told.owners().contains(owner))) {
                add(queued, new NewDelivery("event:" + change.eventId() + ":owner:" + owner, Addressee.owner(owner), null,
                        change.alertId(), notice));
            }
        }
    }

    /** Subscriptions with their own repeat interval: remind them of firing alerts they were told about. */
    private void repeats(Connection connection, List<Route> routes, Instant at, Map<String, NewDelivery> queued)
            throws SQLException {
        List<Route> own = routes.stream().filter(r -> r.wants().repeatInterval() != null).toList();
        if (own.isEmpty()) {
            return;
        }
        Map<String, Instant> lastTold = deliveries.lastTold(connection, own.stream().map(Route::subscriptionId).toList());
        List<SilenceRule> active = silences.active(connection, at);
        for (FiringAlert alert : alerts.firingUnacknowledged(connection)) {
            if (active.stream().anyMatch(rule -> rule.matches(alert.observation()))) {
                continue;
            }
            for (Route route : own) {
                Instant last = lastTold.get(alert.id() + "/" + route.subscriptionId());
                if (last != null && !last.plus(route.wants().repeatInterval()).isAfter(at)
                        && route.rule().matches(subject(alert.observation(), alert.severity()))) {
                    Notice notice = notices.alert(AlertEventType.REPEATED, alert.severity(), alert.observation(), at);
                    add(queued, new NewDelivery("repeat:" + alert.id() + ":subscription:" + route.subscriptionId() + ":"
                            + at.toEpochMilli(), route.addressee(), route.subscriptionId(), alert.id(), notice));
                }
            }
        }
    }

    private void missedTargets(List<Route> routes, List<MissedTarget> missed, Instant at, Map<String, NewDelivery> queued) {
        if (routes.stream().noneMatch(r -> r.wants().missedTargets())) {
            return;
        }
        for (MissedTarget target : missed) {
            Profile profile = target.kpi().profile();
            Subject subject = new Subject(SubjectType.KPI, target.kpi().key(), profile.tags(), profile.category(),
                    profile.level(), profile.owner().team(), null);
            Notice notice = notices.missedTarget(target, at);
            for (Route route : routes) {
                if (route.wants().missedTargets() && route.rule().matches(subject)) {
                    add(queued, new NewDelivery("verdict:" + target.recorded().id() + ":channel:" + route.channelId(),
                            route.addressee(), route.subscriptionId(), null, notice));
                }
            }
        }
    }

    private static Subject subject(Observation alert, Severity severity) {
        Profile profile = alert.profile();
        return new Subject(alert.subjectType(), alert.subjectKey(), profile.tags(), profile.category(), profile.level(),
                profile.owner().team(), severity);
    }

    private static String ownerAddress(Profile profile) {
        String email = profile.owner().email();
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    private static void add(Map<String, NewDelivery> queued, NewDelivery delivery) {
        queued.putIfAbsent(delivery.key(), delivery);
    }
}
