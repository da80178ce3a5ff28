package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.ChannelType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A place notifications go. Its URL (Slack) and secret (webhook) are never answered back. */
@Entity
@Table(name = "channel")
public class ChannelEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    public ChannelType type;

    public String url;
    public String secret;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(320)[]")
    public List<String> recipients = new ArrayList<>();

    public boolean deleted;
    public Instant notBefore;
    public String createdBy;
    public Instant createdAt;

    @Version
    public long version;
}
