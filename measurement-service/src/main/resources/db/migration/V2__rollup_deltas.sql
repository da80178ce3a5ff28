-- Writers no longer update period_rollup rows, which every concurrent write of the same KPI and
-- period would have to queue for: they append deltas, and one merge worker folds them in.

-- What fresh measurements add to a group, pending until the merge worker folds it into
-- period_rollup. Reads add the pending deltas to the rollup, so nothing written is ever missing.
CREATE TABLE rollup_delta (
    kpi_key       varchar(64)  NOT NULL,
    dimensions    text         NOT NULL,
    period_key    varchar(10)  NOT NULL,
    measurements  bigint       NOT NULL CHECK (measurements > 0),
    total         numeric      NOT NULL,
    minimum       numeric      NOT NULL,
    maximum       numeric      NOT NULL,
    first_ts      timestamptz  NOT NULL,
    last_ts       timestamptz  NOT NULL,
    last_value    numeric      NOT NULL
);

CREATE INDEX rollup_delta_group_idx ON rollup_delta (kpi_key, period_key);

-- Groups whose rollup a replaced or removed measurement made wrong: reads compute them from the
-- measurements, and the merge worker recomputes them.
CREATE TABLE rollup_dirty (
    kpi_key     varchar(64)  NOT NULL,
    dimensions  text         NOT NULL,
    period_key  varchar(10)  NOT NULL,
    PRIMARY KEY (kpi_key, period_key, dimensions)
);
