-- Supabase GoTrue (supabase/auth) before migrations/20240729123726_add_mfa_phone_config.up.sql: TOTP and WebAuthn
-- factors only. The migration adds the label 'phone' to auth.factor_type, a unique phone column to mfa_factors, the
-- one-time code to mfa_challenges, and a unique index over (user_id, phone). Trimmed to the MFA tables and the
-- columns of auth.users they need.
CREATE SCHEMA IF NOT EXISTS auth;
CREATE TYPE auth.factor_type AS ENUM ('totp', 'webauthn');
CREATE TYPE auth.factor_status AS ENUM ('unverified', 'verified');

CREATE TABLE auth.users (
    id uuid NOT NULL,
    email character varying(255),
    created_at timestamp with time zone,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE TABLE auth.mfa_factors (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    friendly_name text,
    factor_type auth.factor_type NOT NULL,
    status auth.factor_status NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    secret text,
    last_challenged_at timestamp with time zone,
    CONSTRAINT mfa_factors_pkey PRIMARY KEY (id),
    CONSTRAINT mfa_factors_last_challenged_at_key UNIQUE (last_challenged_at),
    CONSTRAINT mfa_factors_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE
);
COMMENT ON TABLE auth.mfa_factors IS 'auth: stores metadata about factors';
CREATE UNIQUE INDEX mfa_factors_user_friendly_name_unique ON auth.mfa_factors USING btree (friendly_name, user_id) WHERE (TRIM(BOTH FROM friendly_name) <> ''::text);
CREATE INDEX factor_id_created_at_idx ON auth.mfa_factors USING btree (user_id, created_at);
CREATE INDEX mfa_factors_user_id_idx ON auth.mfa_factors USING btree (user_id);

CREATE TABLE auth.mfa_challenges (
    id uuid NOT NULL,
    factor_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    verified_at timestamp with time zone,
    ip_address inet NOT NULL,
    CONSTRAINT mfa_challenges_pkey PRIMARY KEY (id),
    CONSTRAINT mfa_challenges_auth_factor_id_fkey FOREIGN KEY (factor_id) REFERENCES auth.mfa_factors(id) ON DELETE CASCADE
);
COMMENT ON TABLE auth.mfa_challenges IS 'auth: stores metadata about challenge requests made';
CREATE INDEX mfa_challenge_created_at_idx ON auth.mfa_challenges USING btree (created_at DESC);

INSERT INTO auth.users (id, email, created_at)
SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'user' || i || '@example.com', now()
FROM generate_series(1, 200) AS i;
INSERT INTO auth.mfa_factors (id, user_id, friendly_name, factor_type, status, created_at, updated_at, secret, last_challenged_at)
SELECT ('10000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(to_hex(1 + i % 200), 12, '0'))::uuid,
       CASE WHEN i % 5 = 0 THEN '' ELSE 'device ' || i END,
       CASE WHEN i % 9 = 0 THEN 'webauthn' ELSE 'totp' END::auth.factor_type,
       CASE WHEN i % 4 = 0 THEN 'unverified' ELSE 'verified' END::auth.factor_status,
       now() - i * interval '1 day', now(), md5(i::text), timestamptz '2024-07-01' + i * interval '1 second'
FROM generate_series(1, 150) AS i;
INSERT INTO auth.mfa_challenges (id, factor_id, created_at, verified_at, ip_address)
SELECT ('20000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       ('10000000-0000-4000-8000-' || lpad(to_hex(1 + i % 150), 12, '0'))::uuid,
       now() - i * interval '1 hour', CASE WHEN i % 3 <> 0 THEN now() END, ('10.0.' || (i % 255) || '.1')::inet
FROM generate_series(1, 400) AS i;
