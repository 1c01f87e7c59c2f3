CREATE TABLE slot (id bigint PRIMARY KEY, during int4range NOT NULL, CONSTRAINT slot_no_overlap EXCLUDE USING gist (during WITH &&));
