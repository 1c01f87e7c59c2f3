CREATE TABLE task (id bigint PRIMARY KEY, owner text NOT NULL, done boolean NOT NULL DEFAULT false);
INSERT INTO task VALUES (1, 'ada', false), (2, 'bob', true);
