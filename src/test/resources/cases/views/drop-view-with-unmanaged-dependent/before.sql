CREATE TABLE visit (id bigint PRIMARY KEY, page text NOT NULL);
INSERT INTO visit VALUES (1, '/'), (2, '/about');
CREATE VIEW home_visit AS SELECT id FROM visit WHERE page = '/';
-- Not in the YAML: it reads home_visit, so home_visit cannot be dropped.
CREATE VIEW home_visit_count AS SELECT count(*) AS n FROM home_visit;
