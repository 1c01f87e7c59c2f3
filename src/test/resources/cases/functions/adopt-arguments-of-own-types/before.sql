-- Functions whose arguments are types of their own schema, which is not on the search_path: PostgreSQL names
-- them qualified in the signature (feed.filter[]), and the YAML that introspect writes plans empty.
CREATE SCHEMA feed;
CREATE TYPE feed.op AS ENUM ('eq', 'neq');
CREATE TYPE feed.filter AS (column_name text, op feed.op, value text);
CREATE FUNCTION feed.matches(filters feed.filter[], op feed.op) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$ select bool_and(f.op = $2) from unnest(filters) f $$;
