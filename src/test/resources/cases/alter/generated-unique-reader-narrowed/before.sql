CREATE TABLE reading (
    id bigint PRIMARY KEY,
    celsius numeric NOT NULL,
    kelvin numeric GENERATED ALWAYS AS (celsius + 273) STORED,
    CONSTRAINT reading_kelvin_key UNIQUE (kelvin)
);
INSERT INTO reading VALUES (1, 20.2), (2, 20.4), (3, 21.0), (4, 22.6);
