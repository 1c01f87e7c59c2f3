CREATE TABLE parcel (
    id bigint PRIMARY KEY,
    grams integer NOT NULL,
    kilos integer GENERATED ALWAYS AS (grams / 1000) STORED
);
CREATE INDEX parcel_kilos_idx ON parcel (kilos);
INSERT INTO parcel SELECT i, i * 500 FROM generate_series(1, 30) AS i;
