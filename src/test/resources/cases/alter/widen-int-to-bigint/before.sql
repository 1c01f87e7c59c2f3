CREATE TABLE page_view (
    id serial PRIMARY KEY,
    page_id integer NOT NULL,
    views integer NOT NULL DEFAULT 0
);
INSERT INTO page_view (page_id, views) VALUES (1, 10), (2, 2147483647);
