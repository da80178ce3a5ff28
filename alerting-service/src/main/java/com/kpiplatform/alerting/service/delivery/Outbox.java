package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.delivery.Backoff;
import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.domain.delivery.ClaimedDelivery;
import com.kpiplatform.alerting.domain.delivery.DeliveryState;
import com.kpiplatform.alerting.domain.delivery.SendResult;
import com.kpiplatform.alerting.repository.ChannelRepository;
import com.kpiplatform.alerting.repository.DeliveryRepository;
import com.kpiplatform.alerting.repository.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds. Each delivery is claimed with {@code FOR UPDATE SKIP LOCKED} in a
 * transaction that also locks its channel, sent, and marked with the attempt before the
 * transaction commits: replicas never send the same row, and one channel gets one message at a
 * time, in order, no faster than its rate limit. Only a crash between the send and the commit can
 * send a delivery twice (at-least-once).
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    @Inject
    DeliveryRepository store;

    @Inject
    ChannelRepository channels;

    @Inject
    Transactions transactions;

    @Inject
    Instance<Sender> senders;

    @Inject
    AlertingConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    private Map<ChannelType, Sender> byType;

    @PostConstruct
    void init() {
        byType = senders.stream().collect(Collectors.toMap(Sender::type, Function.identity()));
    }

    @Scheduled(every = "${alerting.delivery.poll}", delayed = "${alerting.evaluation.first-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf("Sending from the outbox failed; the next poll retries: %s", e.toString());
        }
    }

    /** Sends due deliveries until none is left or {@code per-poll} were tried; answers how many were tried. */
    public int sendDue() {
        Poll poll = new Poll();
        int tried = 0;
        while (tried < config.delivery().perPoll()) {
            Boolean attempted = transactions.inTransaction(connection -> sendNext(connection, poll));
            if (attempted == null) {
                return tried;
            }
            if (attempted) {
                tried++;
            }
        }
        return tried;
    }

    /** Sends one delivery now, if it is pending and free (the channel test uses it); false when it was not. */
    public boolean sendNow(long deliveryId) {
        return transactions.inTransaction(connection -> store.claim(connection, deliveryId)
                .map(claimed -> {
                    attempt(connection, claimed);
                    return true;
                }).orElse(false));
    }

    /**
     * What one poll learnt: channels another replica is sending to, and whether the SMTP server is
     * unreachable (then the other mails wait for the next poll instead of each failing in turn).
     */
    private static final class Poll {
        final Set<Long> busyChannels = new HashSet<>();
        boolean smtpUnreachable;
    }

    /** True when a delivery was attempted, false when its channel was busy, null when nothing is due. */
    private Boolean sendNext(Connection connection, Poll poll) throws SQLException {
        Instant now = clock.instant();
        ClaimedDelivery claimed = store.claimNext(connection, now, poll.busyChannels, poll.smtpUnreachable).orElse(null);
        if (claimed == null) {
            return null;
        }
        Long channelId = claimed.destination().channelId();
        if (channelId != null && !channels.lockForSending(connection, channelId)) {
            poll.busyChannels.add(channelId);
            return false;
        }
        SendResult result = attempt(connection, claimed);
        if (claimed.destination().type() == ChannelType.EMAIL && result.outcome() == SendResult.Outcome.RETRY
                && result.statusCode() == null) {
            poll.smtpUnreachable = true;
        }
        return true;
    }

    private SendResult attempt(Connection connection, ClaimedDelivery claimed) {
        long started = System.nanoTime();
        SendResult result = sender(claimed.destination().type()).send(claimed);
        long durationMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        try {
            record(connection, claimed, result, durationMs);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record delivery " + claimed.id(), e);
        }
        return result;
    }

    private void record(Connection connection, ClaimedDelivery claimed, SendResult result, long durationMs) throws SQLException {
        Instant now = clock.instant();
        int attempts = claimed.attempts() + 1;
        DeliveryState state;
        Instant next = null;
        switch (result.outcome()) {
            case SENT -> state = DeliveryState.SENT;
            case FAILED -> state = DeliveryState.FAILED;
            default -> {
                state = attempts >= config.delivery().maxAttempts() ? DeliveryState.DEAD : DeliveryState.PENDING;
                next = now.plus(wait(result, attempts));
            }
        }
        store.record(connection, claimed, result, state, next, durationMs, now);
        metrics.counter("alerting.delivery.attempts", "channel", claimed.destination().type().name(),
                "outcome", state == DeliveryState.PENDING ? "RETRY" : state.name()).increment();
        if (claimed.destination().channelId() != null) {
            Instant channelFree = next != null && state == DeliveryState.PENDING ? next
                    : now.plus(interval(claimed.destination().type()));
            channels.hold(connection, claimed.destination().channelId(), channelFree);
        }
        if (state != DeliveryState.SENT) {
            LOG.infof("Delivery %d (%s) attempt %d: %s %s", claimed.id(), claimed.key(), attempts, state, result.detail());
        }
    }

    /** A 429's Retry-After (capped), else the backoff for this many attempts. */
    private Duration wait(SendResult result, int attempts) {
        if (result.retryAfter() != null) {
            return result.retryAfter().compareTo(config.delivery().maxRetryAfter()) > 0
                    ? config.delivery().maxRetryAfter() : result.retryAfter();
        }
        return new Backoff(config.delivery().backoffBase(), config.delivery().backoffMax())
                .delay(attempts, ThreadLocalRandom.current().nextDouble());
    }

    private Duration interval(ChannelType type) {
        return switch (type) {
            case SLACK -> config.delivery().slackInterval();
            case WEBHOOK -> config.delivery().webhookInterval();
            case EMAIL -> config.delivery().emailInterval();
        };
    }

    private Sender sender(ChannelType type) {
        return byType.get(type);
    }
}
