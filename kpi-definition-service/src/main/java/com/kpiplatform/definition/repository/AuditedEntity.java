package com.kpiplatform.definition.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row that clients change with If-Match: its optimistic-lock version, and who created and last changed it, when. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Version
    public long version;

    public Instant createdAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "created_by"))
    @AttributeOverride(name = "name", column = @Column(name = "created_by_name"))
    public ActorColumns createdBy;
    public Instant updatedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "updated_by"))
    @AttributeOverride(name = "name", column = @Column(name = "updated_by_name"))
    public ActorColumns updatedBy;
}
