CREATE TABLE measurement (id bigint PRIMARY KEY, sensor_id integer NOT NULL);
ALTER TABLE measurement ALTER COLUMN sensor_id SET STATISTICS 500;
