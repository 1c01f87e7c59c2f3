-- alter extension public.pg_trgm: update 1.5 → 1.6
ALTER EXTENSION "pg_trgm" UPDATE TO '1.6';
