package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.domain.delivery.Addressee;
import com.kpiplatform.alerting.domain.delivery.Channel;
import com.kpiplatform.alerting.domain.delivery.Delivery;
import com.kpiplatform.alerting.domain.delivery.DeliveryState;
import com.kpiplatform.alerting.domain.delivery.NewDelivery;
import com.kpiplatform.alerting.domain.delivery.Notice;
import com.kpiplatform.alerting.repository.DeliveryRepository;
import com.kpiplatform.alerting.repository.Transactions;
import com.kpiplatform.alerting.service.delivery.Notices;
import com.kpiplatform.alerting.service.delivery.Outbox;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The outbox as people see it: deliveries and their attempts, a hand retry, and test messages. */
@ApplicationScoped
public class DeliveryService {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ChannelService channels;

    @Inject
    Transactions transactions;

    @Inject
    Outbox outbox;

    @Inject
    Notices notices;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public PageResponse<Delivery> list(DeliveryState state, Long channelId, Long alertId, PageParams page) {
        return transactions.read(connection -> deliveries.page(connection, state, channelId, alertId, page));
    }

    public Delivery get(long id) {
        return transactions.read(connection -> require(connection, id));
    }

    /** Queues a FAILED or DEAD delivery again with a fresh count of attempts. */
    public Delivery retry(long id) {
        return transactions.inTransaction(connection -> {
            Delivery delivery = require(connection, id);
            if (!deliveries.requeue(connection, id, clock.instant())) {
                throw ProblemException.conflict("Delivery " + id + " is " + delivery.progress().state()
                        + "; only FAILED and DEAD deliveries can be retried.");
            }
            return require(connection, id);
        });
    }

    /** Sends a test message to a channel now, through the outbox, and answers how it went. */
    public Delivery test(long channelId) {
        Channel channel = channels.get(channelId);
        Instant now = clock.instant();
        Notice notice = notices.test(channel.name(), caller.actor().name(), now);
        String key = "test:" + channelId + ":" + UUID.randomUUID();
        long id = transactions.inTransaction(connection -> {
            deliveries.enqueue(connection, List.of(new NewDelivery(key, Addressee.channel(channelId, channel.type()), null,
                    null, notice)), now);
            return deliveries.idOf(connection, key);
        });
        outbox.sendNow(id);
        return get(id);
    }

    private Delivery require(Connection connection, long id) throws SQLException {
        return deliveries.find(connection, id)
                .orElseThrow(() -> ProblemException.notFound("No delivery with id " + id + "."));
    }
}
