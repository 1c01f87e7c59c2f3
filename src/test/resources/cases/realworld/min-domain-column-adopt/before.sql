-- Pagila's film.release_year uses the domain "year"; domains are not managed, but a column may use one.
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));
CREATE TABLE film (film_id serial PRIMARY KEY, release_year year);
