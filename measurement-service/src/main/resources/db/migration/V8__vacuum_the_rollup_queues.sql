-- rollup_delta and rollup_dirty are queues: each row is deleted by the merge worker within about a
-- second of its insert, so a 10 M-measurement fill leaves millions of dead rows behind, which actuals
-- reads (index probes by KPI and period) and the merge's scans wade through until vacuum removes them.
-- The default threshold (20 % of a table that is nearly empty when live) says little for a queue:
-- vacuum them after a fixed number of dead rows, without cost delay.
ALTER TABLE rollup_delta SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
    autovacuum_vacuum_cost_delay = 0);
ALTER TABLE rollup_dirty SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_cost_delay = 0);

-- The merge updates rollup and freshness rows in place; free room on their pages lets those updates
-- stay on the page (HOT: no new index entries), and a lower threshold vacuums the old versions sooner.
ALTER TABLE period_rollup SET (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.02);
ALTER TABLE kpi_freshness SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
