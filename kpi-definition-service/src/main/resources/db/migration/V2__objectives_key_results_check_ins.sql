-- Objectives aligned in a tree, their weighted key results, check-ins, and the last known value
-- of each KPI over an objective's period (served when the measurement-service is unreachable).

CREATE SEQUENCE objective_seq INCREMENT BY 50;
CREATE SEQUENCE key_result_seq INCREMENT BY 50;
CREATE SEQUENCE check_in_seq INCREMENT BY 50;

CREATE TABLE objective (
    id          bigint        PRIMARY KEY,
    title       varchar(200)  NOT NULL,
    description varchar(2000),
    period_key  varchar(7)    NOT NULL,
    time_zone   varchar(64)   NOT NULL,
    level       varchar(16)   NOT NULL,
    owner_team  varchar(100)  NOT NULL,
    owner_name  varchar(200),
    owner_email varchar(254),
    parent_id   bigint        REFERENCES objective (id),
    state       varchar(16)   NOT NULL DEFAULT 'ACTIVE',
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT objective_title_ck CHECK (length(btrim(title)) > 0),
    CONSTRAINT objective_period_ck CHECK (period_key ~ '^[0-9]{4}(-Q[1-4]|-H[12])?$'),
    CONSTRAINT objective_level_ck CHECK (level IN ('COMPANY', 'TEAM', 'INDIVIDUAL')),
    CONSTRAINT objective_state_ck CHECK (state IN ('ACTIVE', 'ARCHIVED')),
    CONSTRAINT objective_not_own_parent_ck CHECK (parent_id <> id)
);
CREATE INDEX objective_parent_idx ON objective (parent_id);
CREATE INDEX objective_period_idx ON objective (period_key, id);

CREATE TABLE key_result (
    id           bigint        PRIMARY KEY,
    objective_id bigint        NOT NULL REFERENCES objective (id),
    title        varchar(200)  NOT NULL,
    description  varchar(2000),
    start_value  numeric       NOT NULL,
    target_value numeric       NOT NULL,
    unit         varchar(32)   NOT NULL,
    weight       numeric       NOT NULL DEFAULT 1,
    kpi_key      varchar(64)   REFERENCES kpi (kpi_key),
    version      bigint        NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(200)  NOT NULL,
    CONSTRAINT key_result_title_ck CHECK (length(btrim(title)) > 0),
    CONSTRAINT key_result_target_ck CHECK (target_value <> start_value),
    CONSTRAINT key_result_weight_ck CHECK (weight > 0)
);
CREATE INDEX key_result_objective_idx ON key_result (objective_id, id);
CREATE INDEX key_result_kpi_idx ON key_result (kpi_key) WHERE kpi_key IS NOT NULL;

CREATE TABLE check_in (
    id             bigint        PRIMARY KEY,
    key_result_id  bigint        NOT NULL REFERENCES key_result (id) ON DELETE CASCADE,
    value          numeric       NOT NULL,
    confidence     integer,
    note           varchar(2000),
    checked_in_at  timestamptz   NOT NULL,
    checked_in_by  varchar(200)  NOT NULL,
    CONSTRAINT check_in_confidence_ck CHECK (confidence BETWEEN 0 AND 10)
);
CREATE INDEX check_in_latest_idx ON check_in (key_result_id, checked_in_at DESC, id DESC);

-- A KPI's value over an objective period as last read from the measurement-service. Rows of
-- periods that have closed (plus a grace time for late measurements) are final.
CREATE TABLE linked_kpi_value (
    kpi_key             varchar(64)  NOT NULL REFERENCES kpi (kpi_key),
    period_key          varchar(7)   NOT NULL,
    value               numeric,
    reason              varchar(500),
    last_measurement_at timestamptz,
    fetched_at          timestamptz  NOT NULL,
    final               boolean      NOT NULL DEFAULT false,
    PRIMARY KEY (kpi_key, period_key)
);
