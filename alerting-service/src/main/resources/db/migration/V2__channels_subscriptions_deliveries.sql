-- Where notifications go (channels), which alerts go where (subscriptions), and the outbox of
-- deliveries with every attempt.

CREATE TABLE channel (
    id            bigserial     PRIMARY KEY,
    name          varchar(100)  NOT NULL,
    type          varchar(16)   NOT NULL,
    -- SLACK: the incoming-webhook URL (a secret); WEBHOOK: the URL.
    url           varchar(2000),
    -- WEBHOOK: the HMAC-SHA256 key (a secret).
    secret        varchar(500),
    -- EMAIL: the recipients.
    recipients    varchar(320)[] NOT NULL DEFAULT '{}',
    deleted       boolean       NOT NULL DEFAULT false,
    -- Nothing is sent to the channel before this instant: its rate limit, a 429's Retry-After or a retry's backoff.
    not_before    timestamptz,
    created_by    varchar(200)  NOT NULL,
    created_at    timestamptz   NOT NULL,
    version       bigint        NOT NULL DEFAULT 0,
    CONSTRAINT channel_type_ck CHECK (type IN ('SLACK', 'EMAIL', 'WEBHOOK'))
);

CREATE TABLE subscription (
    id               bigserial     PRIMARY KEY,
    name             varchar(100)  NOT NULL,
    channel_id       bigint        NOT NULL REFERENCES channel (id),
    kpi_keys         varchar(64)[] NOT NULL DEFAULT '{}',
    tags             varchar(50)[] NOT NULL DEFAULT '{}',
    category         varchar(32),
    level            varchar(16),
    owner_team       varchar(100),
    min_severity     varchar(16)   NOT NULL,
    send_resolved    boolean       NOT NULL,
    repeat_interval_seconds bigint,
    missed_targets   boolean       NOT NULL,
    weekly_digest    boolean       NOT NULL,
    enabled          boolean       NOT NULL,
    created_by       varchar(200)  NOT NULL,
    created_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL DEFAULT 0
);
CREATE INDEX subscription_channel_idx ON subscription (channel_id);

-- KPIs whose owner asked not to get its alerts by email.
CREATE TABLE owner_notification_opt_out (
    kpi_key     varchar(64)   PRIMARY KEY,
    changed_by  varchar(200)  NOT NULL,
    changed_at  timestamptz   NOT NULL
);

-- The outbox: one notification to one channel (or one KPI owner's address), written in the
-- transaction of the change it tells about.
CREATE TABLE delivery (
    id               bigserial     PRIMARY KEY,
    -- Unique per notification and destination: routing twice cannot queue it twice; webhooks get it as
    -- their idempotency id.
    idempotency_key  varchar(200)  NOT NULL,
    kind             varchar(16)   NOT NULL,
    channel_id       bigint        REFERENCES channel (id),
    channel_type     varchar(16)   NOT NULL,
    -- An owner's address when the delivery goes to a KPI owner rather than a channel.
    recipient        varchar(320),
    subscription_id  bigint        REFERENCES subscription (id) ON DELETE SET NULL,
    alert_id         bigint        REFERENCES alert (id),
    summary          varchar(500)  NOT NULL,
    notice           jsonb         NOT NULL,
    state            varchar(16)   NOT NULL,
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL,
    last_error       varchar(1000),
    created_at       timestamptz   NOT NULL,
    sent_at          timestamptz,
    CONSTRAINT delivery_key_uk UNIQUE (idempotency_key),
    CONSTRAINT delivery_state_ck CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'DEAD')),
    CONSTRAINT delivery_destination_ck CHECK (channel_id IS NOT NULL OR recipient IS NOT NULL)
);
CREATE INDEX delivery_due_idx ON delivery (next_attempt_at, id) WHERE state = 'PENDING';
CREATE INDEX delivery_state_idx ON delivery (state, id DESC);
CREATE INDEX delivery_channel_idx ON delivery (channel_id, id DESC);
CREATE INDEX delivery_alert_idx ON delivery (alert_id, subscription_id);

CREATE TABLE delivery_attempt (
    id           bigserial     PRIMARY KEY,
    delivery_id  bigint        NOT NULL REFERENCES delivery (id),
    at           timestamptz   NOT NULL,
    outcome      varchar(16)   NOT NULL,
    status_code  integer,
    detail       varchar(1000),
    duration_ms  bigint        NOT NULL,
    CONSTRAINT delivery_attempt_outcome_ck CHECK (outcome IN ('SENT', 'RETRY', 'FAILED', 'DEAD'))
);
CREATE INDEX delivery_attempt_delivery_idx ON delivery_attempt (delivery_id, id);

-- What alert messages show about a KPI's owner, and the amber band its chart draws.
ALTER TABLE scorecard_entry ADD COLUMN owner_name varchar(200);
ALTER TABLE scorecard_entry ADD COLUMN owner_email varchar(320);
ALTER TABLE scorecard_entry ADD COLUMN amber_tolerance_percent numeric;

-- Routing reads what one cycle decided: its notifying alert changes and its missed-target verdicts.
CREATE INDEX alert_event_notifying_idx ON alert_event (at) WHERE notifies AND NOT silenced;
CREATE INDEX period_verdict_decided_idx ON period_verdict (decided_at) WHERE missed;
