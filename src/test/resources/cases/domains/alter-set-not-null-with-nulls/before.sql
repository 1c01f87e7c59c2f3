CREATE DOMAIN nickname AS varchar(30) CONSTRAINT nickname_not_blank CHECK (btrim(VALUE) <> '');
CREATE TABLE player (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, nick nickname);
INSERT INTO player (nick) VALUES ('ada'), ('grace'), ('linus');
INSERT INTO player (nick) VALUES (NULL), (NULL);
