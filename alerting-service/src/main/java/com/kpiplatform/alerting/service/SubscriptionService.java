package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.domain.Audit;
import com.kpiplatform.alerting.domain.delivery.Subscription;
import com.kpiplatform.alerting.domain.delivery.SubscriptionRule;
import com.kpiplatform.alerting.repository.SubscriptionRepository;
import com.kpiplatform.alerting.repository.Transactions;
import com.kpiplatform.support.http.ETags;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Subscriptions: which alerts go to which channel, how often, and whether resolutions follow. */
@ApplicationScoped
public class SubscriptionService {

    static final Duration MIN_REPEAT = Duration.ofMinutes(5);
    static final Duration MAX_REPEAT = Duration.ofDays(30);

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    ChannelService channels;

    @Inject
    Transactions transactions;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public Subscription create(Subscription requested) {
        return transactions.inTransaction(connection -> subscriptions.insert(connection,
                checked(connection, requested, null, new Audit(caller.actor(), clock.instant()), 0)));
    }

    public Subscription update(long id, String ifMatch, Subscription requested) {
        return transactions.inTransaction(connection -> {
            Subscription stored = require(connection, id, true);
            ETags.requireMatch(ifMatch, stored.version(), "subscription " + id);
            return subscriptions.update(connection, checked(connection, requested, id, stored.created(), stored.version()));
        });
    }

    public Subscription get(long id) {
        return transactions.read(connection -> require(connection, id, false));
    }

    public PageResponse<Subscription> list(Long channelId, PageParams page) {
        return transactions.read(connection -> subscriptions.page(connection, channelId, page));
    }

    /** Deletes a subscription; its past deliveries stay, without it. */
    public void delete(long id) {
        transactions.inTransaction(connection -> {
            require(connection, id, true);
            subscriptions.delete(connection, id);
            return null;
        });
    }

    /** The request with its channel checked, its repeat interval in bounds, and its names and keys tidied. */
    private Subscription checked(Connection connection, Subscription requested, Long id, Audit created, long version)
            throws SQLException {
        try {
            channels.require(connection, requested.channelId(), false);
        } catch (ProblemException notFound) {
            throw ProblemException.invalid("channelId", "no channel with id " + requested.channelId());
        }
        Duration repeat = requested.wants().repeatInterval();
        if (repeat != null && (repeat.compareTo(MIN_REPEAT) < 0 || repeat.compareTo(MAX_REPEAT) > 0)) {
            throw ProblemException.invalid("repeatInterval", "must be between " + MIN_REPEAT + " and " + MAX_REPEAT);
        }
        SubscriptionRule rule = requested.rule();
        String team = rule.ownerTeam() == null || rule.ownerTeam().isBlank() ? null : rule.ownerTeam().strip();
        SubscriptionRule tidy = new SubscriptionRule(distinct(rule.kpiKeys()), distinct(rule.tags()), rule.category(),
                rule.level(), team, rule.minSeverity());
        return new Subscription(id, requested.name().strip(), requested.channelId(), tidy, requested.wants(),
                requested.enabled(), created, version);
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().map(String::strip).distinct().toList();
    }

    private Subscription require(Connection connection, long id, boolean lock) throws SQLException {
        return subscriptions.find(connection, id, lock)
                .orElseThrow(() -> ProblemException.notFound("No subscription with id " + id + "."));
    }
}
