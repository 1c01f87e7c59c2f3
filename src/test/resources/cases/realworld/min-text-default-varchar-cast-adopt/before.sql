-- Supabase's auth.users.phone_change: a text column whose default '' carries a varchar cast (the column was
-- varchar when the default was set, then altered to text).
CREATE TABLE users (id uuid PRIMARY KEY, phone_change character varying(255) DEFAULT ''::character varying);
ALTER TABLE users ALTER COLUMN phone_change TYPE text;
