CREATE SCHEMA auth;
CREATE TABLE auth.users (id uuid PRIMARY KEY, email text, raw_user_meta_data jsonb);
INSERT INTO auth.users VALUES ('00000000-0000-0000-0000-000000000001', 'ada@example.com', '{"full_name": "Ada"}');
