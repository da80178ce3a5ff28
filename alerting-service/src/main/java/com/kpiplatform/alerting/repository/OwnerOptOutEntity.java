package com.kpiplatform.alerting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A KPI whose owner does not get its alerts by email. */
@Entity
@Table(name = "owner_notification_opt_out")
public class OwnerOptOutEntity extends PanacheEntityBase {

    @Id
    public String kpiKey;

    public String changedBy;
    public Instant changedAt;
}
