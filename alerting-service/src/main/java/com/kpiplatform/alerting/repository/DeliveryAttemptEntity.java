package com.kpiplatform.alerting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try to deliver, as the deliveries API reads it. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttemptEntity extends PanacheEntityBase {

    @Id
    public Long id;

    public long deliveryId;
    public Instant at;
    public String outcome;
    public Integer statusCode;
    public String detail;
    public long durationMs;
}
