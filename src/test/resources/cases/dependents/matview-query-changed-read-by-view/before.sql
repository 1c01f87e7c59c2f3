CREATE TABLE ticket (id bigint PRIMARY KEY, team text NOT NULL, status text NOT NULL);
INSERT INTO ticket VALUES (1, 'a', 'open'), (2, 'b', 'closed');
CREATE MATERIALIZED VIEW open_per_team AS SELECT team, count(*) AS n FROM ticket WHERE status = 'open' GROUP BY team;
CREATE VIEW busy_team AS SELECT team FROM open_per_team WHERE n > 10;
ANALYZE open_per_team;
