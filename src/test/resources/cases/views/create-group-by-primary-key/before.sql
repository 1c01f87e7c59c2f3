CREATE TABLE team (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE player (id bigint PRIMARY KEY, team_id bigint NOT NULL REFERENCES team);
INSERT INTO team VALUES (1, 'red'), (2, 'blue');
INSERT INTO player VALUES (1, 1), (2, 1), (3, 2);
