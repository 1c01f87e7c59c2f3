CREATE TABLE shipment (id bigint PRIMARY KEY, shipped_at timestamptz);
INSERT INTO shipment VALUES (1, now()), (2, NULL);
CREATE VIEW pending_shipment AS SELECT id FROM shipment WHERE shipped_at IS NULL;
CREATE VIEW shipment_pending_count AS SELECT count(*) AS n FROM pending_shipment;
CREATE VIEW shipped AS SELECT id, shipped_at FROM shipment WHERE shipped_at IS NOT NULL;
