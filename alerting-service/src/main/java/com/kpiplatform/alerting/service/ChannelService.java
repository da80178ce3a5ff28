package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.domain.Audit;
import com.kpiplatform.alerting.domain.delivery.Channel;
import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.repository.ChannelRepository;
import com.kpiplatform.alerting.repository.DeliveryRepository;
import com.kpiplatform.alerting.repository.SubscriptionRepository;
import com.kpiplatform.alerting.repository.Transactions;
import com.kpiplatform.support.http.ETags;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Channels: where notifications go. Their secrets are stored and used, never answered back. */
@ApplicationScoped
public class ChannelService {

    @Inject
    ChannelRepository channels;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Transactions transactions;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public Channel create(Channel requested) {
        Channel.Address address = address(requested, null);
        Channel channel = new Channel(null, requested.name().strip(), requested.type(), address, null,
                new Audit(caller.actor(), clock.instant()), 0);
        return transactions.inTransaction(connection -> channels.insert(connection, channel));
    }

    public Channel update(long id, String ifMatch, Channel requested) {
        return transactions.inTransaction(connection -> {
            Channel stored = require(connection, id, true);
            ETags.requireMatch(ifMatch, stored.version(), "channel " + id);
            if (requested.type() != stored.type()) {
                throw ProblemException.invalid("type", "cannot change from " + stored.type() + "; create another channel");
            }
            Channel.Address address = address(requested, stored.address());
            return channels.update(connection, new Channel(id, requested.name().strip(), stored.type(), address,
                    stored.pausedUntil(), stored.created(), stored.version()));
        });
    }

    public Channel get(long id) {
        return transactions.read(connection -> require(connection, id, false));
    }

    public PageResponse<Channel> list(ChannelType type, PageParams page) {
        return transactions.read(connection -> channels.page(connection, type, page));
    }

    /** Deletes a channel no subscription uses; deliveries still waiting for it end as FAILED. */
    public void delete(long id) {
        transactions.inTransaction(connection -> {
            require(connection, id, true);
            List<Long> users = subscriptions.routingTo(connection, id);
            if (!users.isEmpty()) {
                throw ProblemException.conflict("Subscriptions " + users + " still route to channel " + id
                        + "; delete them or point them at another channel first.");
            }
            channels.markDeleted(connection, id);
            deliveries.failPending(connection, id, "channel deleted");
            return null;
        });
    }

    /** The channel, or 404 for one that does not exist or was deleted. */
    Channel require(Connection connection, long id, boolean lock) throws SQLException {
        return channels.find(connection, id, lock)
                .orElseThrow(() -> ProblemException.notFound("No channel with id " + id + "."));
    }

    /**
     * The address the request gives, checked for its type: SLACK needs a URL, WEBHOOK a URL and a
     * signing secret, EMAIL recipients. On update ({@code stored} set) an omitted Slack URL or
     * webhook secret keeps the stored one: secrets are write-only.
     */
    private static Channel.Address address(Channel requested, Channel.Address stored) {
        Channel.Address given = requested.address();
        List<String> recipients = given.recipients();
        ChannelType type = requested.type();
        return switch (type) {
            case SLACK -> {
                notUsed("secret", given.secret(), type);
                notUsed("recipients", recipients.isEmpty() ? null : recipients, type);
                yield new Channel.Address(url(given.url(), stored == null ? null : stored.url()), null, List.of());
            }
            case WEBHOOK -> {
                notUsed("recipients", recipients.isEmpty() ? null : recipients, type);
                String url = url(given.url(), null);
                String secret = given.secret() != null ? given.secret() : stored == null ? null : stored.secret();
                if (secret == null) {
                    throw ProblemException.invalid("secret", "is required for WEBHOOK channels (16 to 500 characters)");
                }
                yield new Channel.Address(url, secret, List.of());
            }
            case EMAIL -> {
                notUsed("url", given.url(), type);
                notUsed("secret", given.secret(), type);
                if (recipients.isEmpty()) {
                    throw ProblemException.invalid("recipients", "must name at least one address for EMAIL channels");
                }
                yield new Channel.Address(null, null, recipients.stream().map(r -> r.strip().toLowerCase(Locale.ROOT))
                        .distinct().toList());
            }
        };
    }

    /** An absolute http(s) URL; {@code kept} when none is given and one is stored. */
    private static String url(String given, String kept) {
        if (given == null) {
            if (kept != null) {
                return kept;
            }
            throw ProblemException.invalid("url", "is required for this channel type");
        }
        try {
            URI uri = new URI(given.strip());
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw ProblemException.invalid("url", "must be an absolute http or https URL");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "is not a URL: " + e.getReason());
        }
    }

    private static void notUsed(String field, Object value, ChannelType type) {
        if (value != null) {
            throw ProblemException.invalid(field, "is not used by " + type + " channels");
        }
    }
}
