CREATE TABLE warehouse (
    region  text NOT NULL,
    code    text NOT NULL,
    PRIMARY KEY (region, code)
);
CREATE TABLE "Stock" (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region    text NOT NULL,
    code      text NOT NULL,
    quantity  integer NOT NULL,
    reserved  integer NOT NULL DEFAULT 0
);
INSERT INTO warehouse VALUES ('eu', 'ams'), ('eu', 'ber'), ('us', 'nyc');
INSERT INTO "Stock" (region, code, quantity, reserved)
SELECT (ARRAY['eu', 'eu', 'us'])[1 + i % 3], (ARRAY['ams', 'ber', 'nyc'])[1 + i % 3], i, i / 2
FROM generate_series(1, 500) AS i;
