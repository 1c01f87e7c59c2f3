CREATE SEQUENCE ticket_seq;
CREATE TABLE visit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, path text NOT NULL);
INSERT INTO visit (path) VALUES ('/'), ('/about'), ('/shop');
CREATE TABLE empty_visit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
