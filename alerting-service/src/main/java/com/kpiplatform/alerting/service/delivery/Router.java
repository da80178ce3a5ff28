package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.AlertEventType;
import com.kpiplatform.alerting.domain.ChannelType;
import com.kpiplatform.alerting.domain.Notice;
import com.kpiplatform.alerting.domain.Observation;
import com.kpiplatform.alerting.domain.Severity;
import com.kpiplatform.alerting.domain.SubjectType;
import com.kpiplatform.alerting.domain.SubscriptionRule.Subject;
import com.kpiplatform.alerting.repository.AlertStore.ActiveSilence;
import com.kpiplatform.alerting.repository.AlertStore;
import com.kpiplatform.alerting.repository.DeliveryStore.NewDelivery;
import com.kpiplatform.alerting.repository.DeliveryStore;
import com.kpiplatform.alerting.repository.RoutingStore.AlertRow;
import com.kpiplatform.alerting.repository.RoutingStore.EventRow;
import com.kpiplatform.alerting.repository.RoutingStore.MissedTarget;
import com.kpiplatform.alerting.repository.RoutingStore.Route;
import com.kpiplatform.alerting.repository.RoutingStore.Told;
import com.kpiplatform.alerting.repository.RoutingStore;
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
    RoutingStore store;

    @Inject
    DeliveryStore deliveries;

    @Inject
    AlertStore alerts;

    @Inject
    Notices notices;

    @Inject
    AlertingConfig config;

    /** Queues the notifications of everything decided at {@code at}; answers how many deliveries were queued. */
    public int route(Connection connection, Instant at) throws SQLException {
        List<Route> routes = store.routes(connection);
        Map<String, NewDelivery> queued = new LinkedHashMap<>();
        alertChanges(connection, routes, at, queued);
        repeats(connection, routes, at, queued);
        missedTargets(connection, routes, at, queued);
        return deliveries.enqueue(connection, new ArrayList<>(queued.values()), at);
    }

    private void alertChanges(Connection connection, List<Route> routes, Instant at, Map<String, NewDelivery> queued)
            throws SQLException {
        List<EventRow> events = store.notifyingEvents(connection, at);
        if (events.isEmpty()) {
            return;
        }
        Set<String> optedOut = store.ownerOptOuts(connection, events.stream().map(e -> e.alert().subjectKey()).toList());
        Map<Long, Told> toldBefore = store.toldBefore(connection, events.stream()
                .filter(e -> e.type() == AlertEventType.RESOLVED).map(e -> e.alert().id()).toList());
        for (EventRow event : events) {
            AlertRow alert = event.alert();
            Notice notice = notices.alert(event.type(), alert, event.status(), event.value(), event.detail(), at);
            boolean resolved = event.type() == AlertEventType.RESOLVED;
            Told told = toldBefore.getOrDefault(alert.id(), Told.NOBODY);
            Subject subject = subject(alert, event.severity() != null ? event.severity() : alert.severity());
            for (Route route : routes) {
                boolean wanted = route.rule().matches(subject)
                        && (!resolved || route.sendResolved() && told.subscriptions().contains(route.id()))
                        && !(event.type() == AlertEventType.REPEATED && route.repeatInterval() != null);
                if (wanted) {
                    add(queued, new NewDelivery("event:" + event.id() + ":channel:" + route.channelId(), notice.kind(),
                            route.channelId(), route.channelType(), null, route.id(), alert.id(), notice));
                }
            }
            String owner = alert.ownerEmail() == null ? null : alert.ownerEmail().toLowerCase(Locale.ROOT);
            if (config.delivery().ownerEmails() && owner != null && !optedOut.contains(alert.subjectKey())
                    && (!resolved || told.owners().contains(owner))) {
                add(queued, new NewDelivery("event:" + event.id() + ":owner:" + owner, notice.kind(), null,
                        ChannelType.EMAIL, owner, null, alert.id(), notice));
            }
        }
    }

    /** Subscriptions with their own repeat interval: remind them of firing alerts they were told about. */
    private void repeats(Connection connection, List<Route> routes, Instant at, Map<String, NewDelivery> queued)
            throws SQLException {
        List<Route> own = routes.stream().filter(r -> r.repeatInterval() != null).toList();
        if (own.isEmpty()) {
            return;
        }
        Map<String, Instant> lastTold = store.lastTold(connection, own.stream().map(Route::id).toList());
        List<ActiveSilence> silences = alerts.activeSilences(connection, at);
        for (AlertRow alert : store.firingUnacknowledged(connection)) {
            Observation observed = observation(alert);
            if (silences.stream().anyMatch(s -> s.matcher().matches(s.value(), observed))) {
                continue;
            }
            for (Route route : own) {
                Instant last = lastTold.get(alert.id() + "/" + route.id());
                if (last != null && !last.plus(route.repeatInterval()).isAfter(at)
                        && route.rule().matches(subject(alert, alert.severity()))) {
                    Notice notice = notices.alert(AlertEventType.REPEATED, alert, null, null, null, at);
                    add(queued, new NewDelivery("repeat:" + alert.id() + ":subscription:" + route.id() + ":"
                            + at.toEpochMilli(), notice.kind(), route.channelId(), route.channelType(), null, route.id(),
                            alert.id(), notice));
                }
            }
        }
    }

    private void missedTargets(Connection connection, List<Route> routes, Instant at, Map<String, NewDelivery> queued)
            throws SQLException {
        if (routes.stream().noneMatch(Route::missedTargets)) {
            return;
        }
        for (MissedTarget verdict : store.missedTargets(connection, at)) {
            Subject subject = new Subject(SubjectType.KPI, verdict.kpiKey(), verdict.tags(), verdict.category(),
                    verdict.level(), verdict.ownerTeam(), null);
            Notice notice = notices.missedTarget(verdict, at);
            for (Route route : routes) {
                if (route.missedTargets() && route.rule().matches(subject)) {
                    add(queued, new NewDelivery("verdict:" + verdict.id() + ":channel:" + route.channelId(),
                            notice.kind(), route.channelId(), route.channelType(), null, route.id(), null, notice));
                }
            }
        }
    }

    private static Subject subject(AlertRow alert, Severity severity) {
        return new Subject(alert.subjectType(), alert.subjectKey(), alert.tags(), alert.category(), alert.level(),
                alert.ownerTeam(), severity);
    }

    private static Observation observation(AlertRow alert) {
        return new Observation(alert.kind(), alert.subjectType(), alert.subjectKey(), alert.periodKey(), alert.title(),
                alert.ownerTeam(), alert.category(), alert.tags(), alert.status(), alert.severity(), false, alert.value(),
                alert.target(), null);
    }

    private static void add(Map<String, NewDelivery> queued, NewDelivery delivery) {
        queued.putIfAbsent(delivery.key(), delivery);
    }
}
