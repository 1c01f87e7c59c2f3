CREATE TABLE task (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL);
INSERT INTO task (title) VALUES ('write'), ('review');
