-- measurement is partitioned by calendar month (UTC) of ts: a retention policy drops whole months
-- instead of deleting rows, a range read touches only its months' indexes, and each month's index
-- stays small enough to be cached while it is being written. The primary key keeps ts, so it is
-- valid per partition and the upsert's conflict target is unchanged. The service creates months
-- ahead (PartitionMaintenance) and, on the first write of any other month, that month
-- (MeasurementPartitions); both go through this function.
CREATE FUNCTION create_measurement_partition(moment timestamptz) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    first_day timestamp := date_trunc('month', moment AT TIME ZONE 'UTC');
    partition_name text := 'measurement_' || to_char(first_day, '"y"YYYY"m"MM');
BEGIN
    -- Serializes creators (replicas, writers, the maintenance job): IF NOT EXISTS alone can race.
    PERFORM pg_advisory_xact_lock(hashtext('create_measurement_partition'));
    IF to_regclass(partition_name) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('CREATE TABLE %I PARTITION OF measurement FOR VALUES FROM (%L) TO (%L)', partition_name,
        to_char(first_day, 'YYYY-MM-DD') || ' 00:00:00+00',
        to_char(first_day + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00');
    RETURN true;
END $$;

ALTER TABLE measurement RENAME TO measurement_before_partitioning;
ALTER INDEX measurement_pkey RENAME TO measurement_before_partitioning_pkey;

CREATE TABLE measurement (
    kpi_key     varchar(64)  NOT NULL,
    ts          timestamptz  NOT NULL,
    dimensions  text         NOT NULL DEFAULT '{}',
    value       numeric      NOT NULL,
    batch_id    bigint       NOT NULL,
    CONSTRAINT measurement_pkey PRIMARY KEY (kpi_key, ts, dimensions) INCLUDE (value)
) PARTITION BY RANGE (ts);

SELECT create_measurement_partition(month)
FROM (SELECT DISTINCT date_trunc('month', ts AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS month
      FROM measurement_before_partitioning) months;
SELECT create_measurement_partition(now());

INSERT INTO measurement (kpi_key, ts, dimensions, value, batch_id)
SELECT kpi_key, ts, dimensions, value, batch_id FROM measurement_before_partitioning;

DROP TABLE measurement_before_partitioning;
