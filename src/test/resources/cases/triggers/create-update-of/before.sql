CREATE TABLE line_items (id bigint PRIMARY KEY, price numeric NOT NULL, qty integer NOT NULL, total numeric NOT NULL,
                         note text);
INSERT INTO line_items VALUES (1, 2.5, 4, 10, NULL);
