package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.ChannelType;
import com.kpiplatform.alerting.domain.DeliveryState;
import com.kpiplatform.alerting.domain.NoticeKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An outbox row, as the deliveries API reads it ({@link DeliveryStore} writes and claims them). */
@Entity
@Table(name = "delivery")
public class DeliveryEntity extends PanacheEntityBase {

    @Id
    public Long id;

    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    public Long channelId;

    @Enumerated(EnumType.STRING)
    public ChannelType channelType;

    public String recipient;
    public Long subscriptionId;
    public Long alertId;
    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> notice;

    @Enumerated(EnumType.STRING)
    public DeliveryState state;

    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    public Instant createdAt;
    public Instant sentAt;
}
