CREATE FUNCTION net(gross numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$SELECT gross / 1.2$$;
CREATE TABLE invoice (id integer PRIMARY KEY, gross numeric NOT NULL);
INSERT INTO invoice VALUES (1, 120), (2, 240);
CREATE VIEW invoice_net AS SELECT id, net(gross) AS net FROM invoice;
COMMENT ON VIEW invoice_net IS 'net amounts';
CREATE VIEW invoice_net_total AS SELECT sum(net) AS total FROM invoice_net;
