-- Tables that exist but hold no rows: every change keeps its simple form, in the transaction (its lock lasts
-- a moment there); nothing is NOT VALID, nothing waits for after the commit.
CREATE TABLE author (id bigint NOT NULL, email text, name text);
CREATE TABLE book (id bigint PRIMARY KEY, author_id bigint, title text, isbn text);
CREATE INDEX book_title_idx ON book (title);
