-- Each delta says which period type and time zone its period key was computed in, so that writers
-- need not check the rollup basis: the merge worker folds deltas of the current basis and turns
-- any other into dirty groups.
ALTER TABLE rollup_delta ADD COLUMN period_type varchar(16) NOT NULL;
ALTER TABLE rollup_delta ADD COLUMN time_zone varchar(64) NOT NULL;
