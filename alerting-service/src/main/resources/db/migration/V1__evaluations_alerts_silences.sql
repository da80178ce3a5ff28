-- Evaluation cycles, the status of every KPI and key result at every cycle, the latest scorecard,
-- period actuals for history, alerts with their timelines, silences and period-end verdicts.

CREATE TABLE evaluation_cycle (
    id                    bigserial    PRIMARY KEY,
    trigger               varchar(16)  NOT NULL,
    status                varchar(16)  NOT NULL,
    started_at            timestamptz  NOT NULL,
    finished_at           timestamptz,
    duration_ms           bigint,
    kpis_evaluated        integer      NOT NULL DEFAULT 0,
    key_results_evaluated integer      NOT NULL DEFAULT 0,
    statuses              jsonb        NOT NULL DEFAULT '{}',
    alerts_opened         integer      NOT NULL DEFAULT 0,
    alerts_resolved       integer      NOT NULL DEFAULT 0,
    error                 varchar(1000),
    CONSTRAINT evaluation_cycle_status_ck CHECK (status IN ('SUCCEEDED', 'FAILED')),
    CONSTRAINT evaluation_cycle_trigger_ck CHECK (trigger IN ('SCHEDULED', 'MANUAL'))
);
CREATE INDEX evaluation_cycle_status_idx ON evaluation_cycle (status, id DESC);

CREATE TABLE kpi_evaluation (
    id                  bigserial    PRIMARY KEY,
    cycle_id            bigint       NOT NULL REFERENCES evaluation_cycle (id),
    kpi_key             varchar(64)  NOT NULL,
    period_key          varchar(16)  NOT NULL,
    evaluated_at        timestamptz  NOT NULL,
    status              varchar(16)  NOT NULL,
    target              numeric,
    stretch             numeric,
    actual              numeric,
    judged              numeric,
    attainment          numeric,
    pace                numeric,
    forecast            numeric,
    elapsed             double precision NOT NULL,
    last_measurement_at timestamptz,
    reason              varchar(500)
);
CREATE INDEX kpi_evaluation_history_idx ON kpi_evaluation (kpi_key, evaluated_at DESC);

-- The latest evaluation of every KPI, with what a dashboard filters and shows: the scorecard.
CREATE TABLE scorecard_entry (
    kpi_key             varchar(64)  PRIMARY KEY,
    name                varchar(200) NOT NULL,
    unit                varchar(32),
    category            varchar(32),
    level               varchar(16),
    owner_team          varchar(100),
    tags                varchar(50)[] NOT NULL DEFAULT '{}',
    direction           varchar(20)  NOT NULL,
    aggregation         varchar(8)   NOT NULL,
    period_key          varchar(16)  NOT NULL,
    evaluated_at        timestamptz  NOT NULL,
    status              varchar(16)  NOT NULL,
    target              numeric,
    stretch             numeric,
    actual              numeric,
    attainment          numeric,
    pace                numeric,
    forecast            numeric,
    previous_actual     numeric,
    anomaly_score       double precision,
    findings            jsonb        NOT NULL DEFAULT '[]',
    reason              varchar(500),
    history_loaded      boolean      NOT NULL DEFAULT false
);

-- Final (or latest known) actuals of completed periods: the history realism, anomalies and trends use.
CREATE TABLE period_actual (
    kpi_key     varchar(64)  NOT NULL,
    period_key  varchar(16)  NOT NULL,
    value       numeric,
    count       bigint       NOT NULL,
    PRIMARY KEY (kpi_key, period_key)
);

CREATE TABLE key_result_status (
    key_result_id  bigint       PRIMARY KEY,
    objective_id   bigint       NOT NULL,
    objective      varchar(200) NOT NULL,
    title          varchar(200) NOT NULL,
    period_key     varchar(16)  NOT NULL,
    owner_team     varchar(100),
    kpi_key        varchar(64),
    status         varchar(16)  NOT NULL,
    progress       numeric,
    expected       numeric,
    confidence     integer,
    evaluated_at   timestamptz  NOT NULL
);

CREATE TABLE alert (
    id                 bigserial    PRIMARY KEY,
    kind               varchar(16)  NOT NULL,
    subject_type       varchar(16)  NOT NULL,
    subject_key        varchar(100) NOT NULL,
    dimensions         varchar(500) NOT NULL DEFAULT '{}',
    period_key         varchar(16)  NOT NULL,
    title              varchar(300) NOT NULL,
    owner_team         varchar(100),
    category           varchar(32),
    tags               varchar(50)[] NOT NULL DEFAULT '{}',
    state              varchar(16)  NOT NULL,
    status             varchar(16),
    severity           varchar(16)  NOT NULL,
    notified_severity  varchar(16),
    streak             integer      NOT NULL,
    acknowledged       boolean      NOT NULL DEFAULT false,
    acknowledged_by    varchar(200),
    acknowledged_at    timestamptz,
    last_notified_at   timestamptz,
    opened_at          timestamptz  NOT NULL,
    fired_at           timestamptz,
    resolved_at        timestamptz,
    value              numeric,
    target             numeric,
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT alert_state_ck CHECK (state IN ('PENDING', 'FIRING', 'RESOLVED')),
    CONSTRAINT alert_kind_ck CHECK (kind IN ('STATUS', 'ANOMALY', 'SYSTEM')),
    CONSTRAINT alert_subject_type_ck CHECK (subject_type IN ('KPI', 'KEY_RESULT', 'SYSTEM'))
);
-- Alerts are deduplicated: one open alert per kind, subject, dimensions and period.
CREATE UNIQUE INDEX alert_open_uk ON alert (kind, subject_type, subject_key, dimensions, period_key)
    WHERE state <> 'RESOLVED';
CREATE INDEX alert_state_idx ON alert (state, id DESC);
CREATE INDEX alert_subject_idx ON alert (subject_key, id DESC);

CREATE TABLE alert_event (
    id        bigserial    PRIMARY KEY,
    alert_id  bigint       NOT NULL REFERENCES alert (id),
    at        timestamptz  NOT NULL,
    type      varchar(16)  NOT NULL,
    notifies  boolean      NOT NULL,
    silenced  boolean      NOT NULL DEFAULT false,
    status    varchar(16),
    severity  varchar(16),
    value     numeric,
    detail    varchar(1000)
);
CREATE INDEX alert_event_alert_idx ON alert_event (alert_id, id);

CREATE TABLE silence (
    id             bigserial    PRIMARY KEY,
    matcher        varchar(16)  NOT NULL,
    value          varchar(100) NOT NULL,
    starts_at      timestamptz  NOT NULL,
    ends_at        timestamptz  NOT NULL,
    reason         varchar(1000) NOT NULL,
    created_by     varchar(200) NOT NULL,
    created_at     timestamptz  NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    CONSTRAINT silence_matcher_ck CHECK (matcher IN ('KPI', 'TAG', 'CATEGORY', 'OWNER_TEAM')),
    CONSTRAINT silence_window_ck CHECK (starts_at < ends_at)
);
CREATE INDEX silence_active_idx ON silence (ends_at);

-- One verdict per KPI and completed period: met or missed its target.
CREATE TABLE period_verdict (
    id          bigserial    PRIMARY KEY,
    kpi_key     varchar(64)  NOT NULL,
    period_key  varchar(16)  NOT NULL,
    decided_at  timestamptz  NOT NULL,
    status      varchar(16)  NOT NULL,
    missed      boolean      NOT NULL,
    actual      numeric,
    target      numeric,
    message     varchar(500) NOT NULL,
    CONSTRAINT period_verdict_uk UNIQUE (kpi_key, period_key)
);
