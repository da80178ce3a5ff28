-- KPIs, their per-period targets, their audit history and their reviews.
-- Rules that can be checked by the database are checked here as well as in the code.

CREATE SEQUENCE kpi_seq INCREMENT BY 50;
CREATE SEQUENCE kpi_change_seq INCREMENT BY 50;
CREATE SEQUENCE kpi_review_seq INCREMENT BY 50;

CREATE TABLE kpi (
    id                      bigint        PRIMARY KEY,
    kpi_key                 varchar(64)   NOT NULL,
    name                    varchar(200)  NOT NULL,
    description             varchar(2000),
    unit                    varchar(32)   NOT NULL,
    category                varchar(32)   NOT NULL,
    level                   varchar(16)   NOT NULL,
    owner_team              varchar(100),
    owner_name              varchar(200),
    owner_email             varchar(254),
    tags                    varchar(50)[] NOT NULL DEFAULT '{}',
    indicator_type          varchar(16)   NOT NULL,
    direction               varchar(20)   NOT NULL,
    aggregation             varchar(8)    NOT NULL,
    period_type             varchar(16)   NOT NULL,
    time_zone               varchar(64)   NOT NULL,
    default_target          numeric,
    range_min               numeric,
    range_max               numeric,
    baseline                numeric,
    amber_tolerance_percent numeric       NOT NULL DEFAULT 10,
    formula                 varchar(1000),
    formula_dependencies    varchar(64)[] NOT NULL DEFAULT '{}',
    stale_after_seconds     bigint,
    review_every            varchar(16),
    last_reviewed_at        timestamptz,
    status                  varchar(16)   NOT NULL DEFAULT 'ACTIVE',
    version                 bigint        NOT NULL DEFAULT 0,
    created_at              timestamptz   NOT NULL,
    created_by              varchar(200)  NOT NULL,
    updated_at              timestamptz   NOT NULL,
    updated_by              varchar(200)  NOT NULL,
    CONSTRAINT kpi_key_uk UNIQUE (kpi_key),
    CONSTRAINT kpi_key_ck CHECK (kpi_key ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    CONSTRAINT kpi_name_ck CHECK (length(btrim(name)) > 0),
    CONSTRAINT kpi_category_ck CHECK (category IN ('SALES', 'MARKETING', 'PRODUCT', 'OPERATIONS', 'FINANCE',
        'CUSTOMER_SUPPORT', 'ENGINEERING', 'PEOPLE', 'OTHER')),
    CONSTRAINT kpi_level_ck CHECK (level IN ('COMPANY', 'TEAM', 'INDIVIDUAL')),
    CONSTRAINT kpi_indicator_type_ck CHECK (indicator_type IN ('LEADING', 'LAGGING')),
    CONSTRAINT kpi_direction_ck CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'WITHIN_RANGE')),
    CONSTRAINT kpi_aggregation_ck CHECK (aggregation IN ('SUM', 'COUNT', 'AVG', 'MIN', 'MAX', 'LAST')),
    CONSTRAINT kpi_period_type_ck CHECK (period_type IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    CONSTRAINT kpi_review_every_ck CHECK (review_every IN ('MONTHLY', 'QUARTERLY')),
    CONSTRAINT kpi_status_ck CHECK (status IN ('ACTIVE', 'ARCHIVED')),
    CONSTRAINT kpi_amber_ck CHECK (amber_tolerance_percent > 0 AND amber_tolerance_percent <= 100),
    CONSTRAINT kpi_stale_after_ck CHECK (stale_after_seconds > 0),
    CONSTRAINT kpi_range_ck CHECK (direction <> 'WITHIN_RANGE'
        OR (range_min IS NOT NULL AND range_max IS NOT NULL AND range_min < range_max)),
    CONSTRAINT kpi_range_only_within_ck CHECK (direction = 'WITHIN_RANGE' OR (range_min IS NULL AND range_max IS NULL)),
    CONSTRAINT kpi_range_no_default_target_ck CHECK (direction <> 'WITHIN_RANGE' OR default_target IS NULL)
);

CREATE INDEX kpi_status_key_idx ON kpi (status, kpi_key);
CREATE INDEX kpi_owner_team_idx ON kpi (owner_team, status);
CREATE INDEX kpi_tags_idx ON kpi USING gin (tags);
CREATE INDEX kpi_formula_dependencies_idx ON kpi USING gin (formula_dependencies);

CREATE TABLE kpi_target (
    kpi_id      bigint       NOT NULL REFERENCES kpi (id),
    period_key  varchar(10)  NOT NULL,
    target      numeric      NOT NULL,
    stretch     numeric,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL,
    PRIMARY KEY (kpi_id, period_key)
);

CREATE TABLE kpi_change (
    id          bigint        PRIMARY KEY,
    kpi_id      bigint        NOT NULL REFERENCES kpi (id),
    changed_at  timestamptz   NOT NULL,
    changed_by  varchar(200)  NOT NULL,
    action      varchar(24)   NOT NULL,
    field       varchar(100),
    old_value   varchar(4000),
    new_value   varchar(4000),
    CONSTRAINT kpi_change_action_ck CHECK (action IN ('CREATED', 'UPDATED', 'ARCHIVED', 'RESTORED',
        'TARGET_SET', 'TARGET_DELETED', 'REVIEWED'))
);

CREATE INDEX kpi_change_kpi_idx ON kpi_change (kpi_id, changed_at DESC, id DESC);

CREATE TABLE kpi_review (
    id           bigint        PRIMARY KEY,
    kpi_id       bigint        NOT NULL REFERENCES kpi (id),
    reviewed_at  timestamptz   NOT NULL,
    reviewed_by  varchar(200)  NOT NULL,
    note         varchar(2000)
);

CREATE INDEX kpi_review_kpi_idx ON kpi_review (kpi_id, reviewed_at DESC, id DESC);
