CREATE TABLE invoice_line (
    id bigint PRIMARY KEY,
    net numeric NOT NULL,
    tax numeric,
    total numeric GENERATED ALWAYS AS (net + tax) STORED,
    CONSTRAINT invoice_line_total_key UNIQUE (total)
);
CREATE UNIQUE INDEX invoice_line_total_idx ON invoice_line (total) WHERE id > 2;
INSERT INTO invoice_line (id, net, tax) VALUES (1, 1.0, 0.2), (2, 1.0, 0.4), (3, 2.5, 0.5), (4, 5.0, 0.5), (5, 6.0, 0.0), (6, 7.0, NULL);
