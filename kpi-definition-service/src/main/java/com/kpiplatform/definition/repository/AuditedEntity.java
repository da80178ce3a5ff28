package com.kpiplatform.definition.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row that clients change with If-Match: its optimistic-lock version, and who created and last changed it, when. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Version
    public long version;

    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
