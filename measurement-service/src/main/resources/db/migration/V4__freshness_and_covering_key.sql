-- The time of each KPI's latest measurement, kept by the merge worker, so that freshness for
-- thousands of KPIs is one small lookup instead of one probe of the measurement index per KPI.
CREATE TABLE kpi_freshness (
    kpi_key  varchar(64)  PRIMARY KEY,
    last_ts  timestamptz  NOT NULL
);

INSERT INTO kpi_freshness (kpi_key, last_ts) SELECT kpi_key, max(last_ts) FROM period_rollup GROUP BY kpi_key;

-- The primary key carries the value, so that series and raw reads of one KPI are index-only scans.
ALTER TABLE measurement DROP CONSTRAINT measurement_pkey;
ALTER TABLE measurement ADD CONSTRAINT measurement_pkey PRIMARY KEY (kpi_key, ts, dimensions) INCLUDE (value);
