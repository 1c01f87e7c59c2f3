-- Supabase's auth.users.phone: GoTrue's migration wrote DEFAULT NULL (cast to varchar, the column's old type).
CREATE TABLE users (id uuid PRIMARY KEY, phone text DEFAULT NULL::character varying);
