CREATE TABLE events (id bigint NOT NULL, occurred_at date NOT NULL, touched_at timestamptz,
    PRIMARY KEY (id, occurred_at)) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.touched_at := now(); RETURN NEW; END$$;
CREATE TRIGGER events_touch BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE readings (event_id bigint, occurred_at date,
    CONSTRAINT readings_event_fk FOREIGN KEY (event_id, occurred_at) REFERENCES events (id, occurred_at));
INSERT INTO events VALUES (1, '2026-02-01', NULL);
