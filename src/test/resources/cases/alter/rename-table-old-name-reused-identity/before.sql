-- The identity column's sequence keeps its name (users_id_seq) when users becomes accounts: PostgreSQL names the
-- sequence of the new users' identity column itself (users_id_seq1), and neither sequence is the YAML's to name.
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL
);
INSERT INTO users (email) SELECT 'user' || i || '@example.com' FROM generate_series(1, 30) AS i;
