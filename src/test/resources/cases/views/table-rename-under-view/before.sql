CREATE TABLE usr (id bigint PRIMARY KEY, login text NOT NULL);
INSERT INTO usr VALUES (1, 'ada');
CREATE VIEW login_name AS SELECT login FROM usr;
