CREATE DOMAIN positive_int AS integer;
CREATE DOMAIN percent AS positive_int CONSTRAINT percent_max CHECK (VALUE <= 100);
CREATE TABLE discount (id bigint PRIMARY KEY, rate percent);
INSERT INTO discount VALUES (1, 10), (2, 0), (3, -5);
