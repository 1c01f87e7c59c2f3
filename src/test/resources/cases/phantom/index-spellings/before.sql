CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    created_at timestamptz NOT NULL,
    deleted_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON public.users USING btree (lower(email)) WHERE (deleted_at IS NULL);
CREATE INDEX users_created_idx ON users (created_at DESC);
CREATE INDEX users_email_prefix_idx ON users USING btree (email text_pattern_ops);
