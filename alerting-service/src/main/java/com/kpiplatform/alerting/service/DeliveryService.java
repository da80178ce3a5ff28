package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.domain.DeliveryState;
import com.kpiplatform.alerting.domain.Notice;
import com.kpiplatform.alerting.mapping.AlertingMapper;
import com.kpiplatform.alerting.repository.ChannelEntity;
import com.kpiplatform.alerting.repository.DeliveryAttemptEntity;
import com.kpiplatform.alerting.repository.DeliveryEntity;
import com.kpiplatform.alerting.repository.DeliveryStore.NewDelivery;
import com.kpiplatform.alerting.repository.DeliveryStore;
import com.kpiplatform.alerting.repository.Transactions;
import com.kpiplatform.alerting.rest.dto.DeliveryResponse;
import com.kpiplatform.alerting.service.delivery.Notices;
import com.kpiplatform.alerting.service.delivery.Outbox;
import com.kpiplatform.support.actor.CurrentActor;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The outbox as people see it: deliveries and their attempts, a hand retry, and test messages. */
@ApplicationScoped
public class DeliveryService {

    @Inject
    AlertingMapper mapper;

    @Inject
    ChannelService channels;

    @Inject
    DeliveryStore store;

    @Inject
    Transactions transactions;

    @Inject
    Outbox outbox;

    @Inject
    Notices notices;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<DeliveryResponse> list(DeliveryState state, Long channelId, Long alertId, PageParams page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (state != null) {
            where.add("state = :state");
            parameters.and("state", state);
        }
        if (channelId != null) {
            where.add("channelId = :channel");
            parameters.and("channel", channelId);
        }
        if (alertId != null) {
            where.add("alertId = :alert");
            parameters.and("alert", alertId);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by id desc";
        PanacheQuery<DeliveryEntity> found = DeliveryEntity.find(query, parameters);
        return PageResponse.of(found.page(Page.of(page.page(), page.size())).list().stream()
                .map(d -> mapper.toResponse(d, null)).toList(), page, found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryResponse get(long id) {
        DeliveryEntity delivery = require(id);
        return mapper.toResponse(delivery, DeliveryAttemptEntity.list("deliveryId = ?1 order by id", id));
    }

    /** Queues a FAILED or DEAD delivery again with a fresh count of attempts. */
    public DeliveryResponse retry(long id) throws SQLException {
        if (!transactions.inTransaction(connection -> store.requeue(connection, id, clock.instant()))) {
            throw ProblemException.conflict("Delivery " + id + " is " + require(id).state
                    + "; only FAILED and DEAD deliveries can be retried.");
        }
        return get(id);
    }

    /** Sends a test message to a channel now, through the outbox, and answers how it went. */
    public DeliveryResponse test(long channelId) throws SQLException {
        ChannelEntity channel = channels.require(channelId);
        Instant now = clock.instant();
        Notice notice = notices.test(channel.name, actor.name(), now);
        String key = "test:" + channelId + ":" + UUID.randomUUID();
        long id = transactions.inTransaction(connection -> {
            store.enqueue(connection, List.of(new NewDelivery(key, notice.kind(), channelId, channel.type, null, null,
                    null, notice)), now);
            return store.idOf(connection, key);
        });
        outbox.sendNow(id);
        return get(id);
    }

    private static DeliveryEntity require(long id) {
        return DeliveryEntity.<DeliveryEntity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No delivery with id " + id + "."));
    }
}
