package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.domain.ChannelType;
import com.kpiplatform.alerting.repository.ChannelEntity;
import com.kpiplatform.alerting.repository.DeliveryStore;
import com.kpiplatform.alerting.repository.SubscriptionEntity;
import com.kpiplatform.alerting.rest.dto.ChannelRequest;
import com.kpiplatform.alerting.rest.dto.ChannelResponse;
import com.kpiplatform.support.actor.CurrentActor;
import com.kpiplatform.support.http.ETags;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/** Channels: where notifications go. Their secrets are stored and used, never answered back. */
@ApplicationScoped
public class ChannelService {

    private static final int SHOWN_SECRET_CHARACTERS = 4;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    DeliveryStore deliveries;

    @Transactional
    public ChannelResponse create(ChannelRequest request) {
        ChannelEntity channel = new ChannelEntity();
        channel.type = request.type();
        apply(channel, request);
        channel.createdBy = actor.name();
        channel.createdAt = clock.instant();
        channel.persist();
        return toResponse(channel);
    }

    @Transactional
    public ChannelResponse update(long id, String ifMatch, ChannelRequest request) {
        ChannelEntity channel = require(id);
        ETags.checkIfPresent(ifMatch, channel.version, "channel " + id);
        if (request.type() != channel.type) {
            throw ProblemException.invalid("type", "cannot change from " + channel.type + "; create another channel");
        }
        apply(channel, request);
        entityManager.flush();
        return toResponse(channel);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChannelResponse get(long id) {
        return toResponse(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ChannelResponse> list(ChannelType type, PageParams page) {
        PanacheQuery<ChannelEntity> query = type == null ? ChannelEntity.find("deleted = false order by id")
                : ChannelEntity.find("deleted = false and type = ?1 order by id", type);
        return PageResponse.of(query.page(Page.of(page.page(), page.size())).list().stream().map(this::toResponse).toList(),
                page, query.count());
    }

    /** Deletes a channel no subscription uses; deliveries still waiting for it end as FAILED. */
    @Transactional
    public void delete(long id) {
        ChannelEntity channel = require(id);
        List<Long> users = SubscriptionEntity.<SubscriptionEntity>list("channelId", id).stream().map(s -> s.id).toList();
        if (!users.isEmpty()) {
            throw ProblemException.conflict("Subscriptions " + users + " still route to channel " + id
                    + "; delete them or point them at another channel first.");
        }
        channel.deleted = true;
        entityManager.unwrap(Session.class).doWork(connection -> deliveries.failPending(connection, id, "channel deleted"));
    }

    public ChannelEntity require(long id) {
        return ChannelEntity.<ChannelEntity>findByIdOptional(id).filter(c -> !c.deleted)
                .orElseThrow(() -> ProblemException.notFound("No channel with id " + id + "."));
    }

    private static void apply(ChannelEntity channel, ChannelRequest request) {
        List<String> recipients = request.recipients() == null ? List.of() : request.recipients();
        boolean creating = channel.id == null;
        switch (request.type()) {
            case SLACK -> {
                notUsed("secret", request.secret(), request.type());
                notUsed("recipients", recipients.isEmpty() ? null : recipients, request.type());
                channel.url = url(request.url(), creating ? null : channel.url);
            }
            case WEBHOOK -> {
                notUsed("recipients", recipients.isEmpty() ? null : recipients, request.type());
                channel.url = url(request.url(), null);
                if (request.secret() == null && channel.secret == null) {
                    throw ProblemException.invalid("secret", "is required for WEBHOOK channels (16 to 500 characters)");
                }
                channel.secret = request.secret() != null ? request.secret() : channel.secret;
            }
            case EMAIL -> {
                notUsed("url", request.url(), request.type());
                notUsed("secret", request.secret(), request.type());
                if (recipients.isEmpty()) {
                    throw ProblemException.invalid("recipients", "must name at least one address for EMAIL channels");
                }
                channel.recipients = new ArrayList<>(recipients.stream().map(r -> r.strip().toLowerCase(Locale.ROOT))
                        .distinct().toList());
            }
        }
        channel.name = request.name().strip();
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

    ChannelResponse toResponse(ChannelEntity channel) {
        Instant now = clock.instant();
        return new ChannelResponse(channel.id, channel.name, channel.type, shownUrl(channel),
                channel.secret != null, channel.recipients,
                channel.notBefore != null && channel.notBefore.isAfter(now) ? channel.notBefore : null,
                channel.createdBy, channel.createdAt, channel.version);
    }

    /** A Slack webhook URL is its secret: only the host and the last characters show. */
    private static String shownUrl(ChannelEntity channel) {
        if (channel.type != ChannelType.SLACK || channel.url == null) {
            return channel.url;
        }
        URI uri = URI.create(channel.url);
        String tail = channel.url.length() > SHOWN_SECRET_CHARACTERS
                ? channel.url.substring(channel.url.length() - SHOWN_SECRET_CHARACTERS) : "";
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/…" + tail;
    }
}
