CREATE TABLE author (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE book (id bigint PRIMARY KEY, author_id bigint NOT NULL REFERENCES author, title text NOT NULL, pages integer NOT NULL);
INSERT INTO author VALUES (1, 'Le Guin'), (2, 'Pratchett'), (3, 'Nobody');
INSERT INTO book VALUES (1, 1, 'The Dispossessed', 387), (2, 1, 'Earthsea', 183), (3, 2, 'Mort', 272);
