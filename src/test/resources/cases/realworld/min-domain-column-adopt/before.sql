-- Pagila's film.release_year uses the domain "year"; domains are not managed, but a column may use one.
CREATE TABLE film (film_id serial PRIMARY KEY, release_year year);
