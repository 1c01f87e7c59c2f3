-- Written by hand the way people do: off, a quoted number, upper case.
CREATE TABLE metric (id bigint PRIMARY KEY, value double precision)
    WITH (FILLFACTOR = '90', autovacuum_enabled = off, autovacuum_analyze_scale_factor = .050);
CREATE INDEX metric_value_idx ON metric (value) WITH (fillfactor = '75');
