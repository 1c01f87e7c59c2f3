CREATE TABLE score (player text NOT NULL, game text NOT NULL, points integer NOT NULL, PRIMARY KEY (player, game));
CREATE TABLE archived_score (player text NOT NULL, game text NOT NULL, points integer NOT NULL);
INSERT INTO score VALUES ('ada', 'chess', 30), ('bob', 'chess', 10), ('ada', 'go', 5);
INSERT INTO archived_score VALUES ('cy', 'chess', 50);
