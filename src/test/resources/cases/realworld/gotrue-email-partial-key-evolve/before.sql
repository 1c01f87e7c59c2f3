-- Supabase GoTrue (supabase/auth) before migrations/20221215195500_modify_users_email_unique_index.up.sql: emails
-- are unique across all users (users_email_key, from CREATE TABLE's UNIQUE). SSO accounts may share an email, so
-- the migration adds is_sso_user, drops users_email_key and makes emails unique only among the others, with a
-- partial unique index. Trimmed to auth.users with its real columns of that time.
CREATE SCHEMA IF NOT EXISTS auth;

CREATE TABLE auth.users (
    instance_id uuid NULL,
    id uuid NOT NULL UNIQUE,
    aud varchar(255) NULL,
    "role" varchar(255) NULL,
    email varchar(255) NULL UNIQUE,
    encrypted_password varchar(255) NULL,
    email_confirmed_at timestamptz NULL,
    invited_at timestamptz NULL,
    confirmation_token varchar(255) NULL,
    confirmation_sent_at timestamptz NULL,
    recovery_token varchar(255) NULL,
    recovery_sent_at timestamptz NULL,
    email_change_token_new varchar(255) NULL,
    email_change varchar(255) NULL,
    email_change_sent_at timestamptz NULL,
    last_sign_in_at timestamptz NULL,
    raw_app_meta_data jsonb NULL,
    raw_user_meta_data jsonb NULL,
    is_super_admin bool NULL,
    created_at timestamptz NULL,
    updated_at timestamptz NULL,
    phone text NULL UNIQUE DEFAULT NULL::character varying,
    phone_confirmed_at timestamptz NULL,
    phone_change text NULL DEFAULT ''::character varying,
    phone_change_token varchar(255) NULL DEFAULT ''::character varying,
    phone_change_sent_at timestamptz NULL,
    confirmed_at timestamptz GENERATED ALWAYS AS (LEAST(email_confirmed_at, phone_confirmed_at)) STORED,
    email_change_token_current varchar(255) NULL DEFAULT ''::character varying,
    email_change_confirm_status smallint DEFAULT 0 CHECK (email_change_confirm_status >= 0 AND email_change_confirm_status <= 2),
    banned_until timestamptz NULL,
    reauthentication_token varchar(255) NULL DEFAULT ''::character varying,
    reauthentication_sent_at timestamptz NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);
CREATE INDEX users_instance_id_idx ON auth.users USING btree (instance_id);
CREATE INDEX users_instance_id_email_idx ON auth.users USING btree (instance_id, lower(email::text));
CREATE UNIQUE INDEX confirmation_token_idx ON auth.users USING btree (confirmation_token) WHERE confirmation_token::text !~ '^[0-9 ]*$';
COMMENT ON TABLE auth.users IS 'Auth: Stores user login data within a secure schema.';

INSERT INTO auth.users (id, aud, "role", email, encrypted_password, email_confirmed_at, created_at, updated_at,
                        raw_app_meta_data, confirmation_token)
SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'authenticated', 'authenticated',
       'user' || i || '@example.com', '$2a$10$' || md5(i::text), now() - i * interval '1 hour', now() - i * interval '1 day',
       now(), '{"provider": "email", "providers": ["email"]}', CASE WHEN i % 50 = 0 THEN md5('c' || i) ELSE '' END
FROM generate_series(1, 500) AS i;
-- invited users have no email confirmation yet, phone users no email at all
UPDATE auth.users SET email = NULL, phone = '1555' || lpad(right(id::text, 6), 7, '0') WHERE right(id::text, 2) = '0a';
