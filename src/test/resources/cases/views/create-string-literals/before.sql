CREATE TABLE message (id bigint PRIMARY KEY, body text NOT NULL);
INSERT INTO message VALUES (1, 'a; b'), (2, 'x -- y'), (3, 'plain');
