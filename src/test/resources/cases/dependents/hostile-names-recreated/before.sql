CREATE TABLE "Order Line" (id bigint PRIMARY KEY, "Qty;DROP" integer NOT NULL);
INSERT INTO "Order Line" VALUES (1, 3);
CREATE VIEW "Active ""Lines""" AS SELECT id, "Qty;DROP" FROM "Order Line" WHERE "Qty;DROP" > 0;
COMMENT ON VIEW "Active ""Lines""" IS 'it''s; DROP TABLE x';
