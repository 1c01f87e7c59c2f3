-- alter extension public.pg_trgm: update 1.4 → 1.5
ALTER EXTENSION "pg_trgm" UPDATE TO '1.5';
