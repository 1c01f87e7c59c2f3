-- A row holds a secret. The plan, which CI posts on pull requests, may say that a value cannot be converted,
-- but never which value.
CREATE TABLE api_client (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    token text NOT NULL
);
INSERT INTO api_client (name, token) VALUES ('legacy', '12345'), ('billing', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc');
