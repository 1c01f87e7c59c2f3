-- Supabase GoTrue (supabase/auth) before migrations/20231117164230_add_id_pkey_identities.up.sql: identities keyed
-- by (provider, id) where id is the provider's own user id (text). The migration renames id to provider_id, adds a
-- uuid id with gen_random_uuid() as the new primary key and keeps (provider_id, provider) unique. Trimmed to the
-- two tables involved, with their real columns, keys and indexes.
CREATE SCHEMA IF NOT EXISTS auth;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

CREATE TABLE auth.users (
    instance_id uuid,
    id uuid NOT NULL,
    aud character varying(255),
    role character varying(255),
    email character varying(255),
    encrypted_password character varying(255),
    email_confirmed_at timestamp with time zone,
    last_sign_in_at timestamp with time zone,
    raw_app_meta_data jsonb,
    raw_user_meta_data jsonb,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    is_sso_user boolean DEFAULT false NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE TABLE auth.identities (
    id text NOT NULL,
    user_id uuid NOT NULL,
    identity_data jsonb NOT NULL,
    provider text NOT NULL,
    last_sign_in_at timestamp with time zone,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    email text GENERATED ALWAYS AS (lower((identity_data ->> 'email'::text))) STORED,
    CONSTRAINT identities_pkey PRIMARY KEY (provider, id),
    CONSTRAINT identities_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE
);
COMMENT ON TABLE auth.identities IS 'Auth: Stores identities associated to a user.';
COMMENT ON COLUMN auth.identities.email IS 'Auth: Email is a generated column that references the optional email property in the identity_data';
CREATE INDEX identities_user_id_idx ON auth.identities USING btree (user_id);
CREATE INDEX identities_email_idx ON auth.identities USING btree (email text_pattern_ops);
COMMENT ON INDEX auth.identities_email_idx IS 'Auth: Ensures indexed queries on the email column';

INSERT INTO auth.users (id, aud, role, email, created_at, updated_at, email_confirmed_at)
SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'authenticated', 'authenticated',
       'user' || i || '@example.com', now() - i * interval '1 day', now(), now() - i * interval '1 day'
FROM generate_series(1, 300) AS i;

-- an email identity for every user (id = the user's uuid as text) and a GitHub one for every third user
INSERT INTO auth.identities (id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
SELECT u.id::text, u.id, jsonb_build_object('sub', u.id::text, 'email', upper(u.email)), 'email', now(), u.created_at, now()
FROM auth.users u;
INSERT INTO auth.identities (id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
SELECT (1000 + row_number() OVER (ORDER BY u.id))::text, u.id,
       jsonb_build_object('sub', (1000 + row_number() OVER (ORDER BY u.id))::text, 'email', u.email, 'user_name', 'gh' || row_number() OVER (ORDER BY u.id)),
       'github', now(), u.created_at, now()
FROM auth.users u WHERE right(u.id::text, 1) IN ('3', '6', '9');
