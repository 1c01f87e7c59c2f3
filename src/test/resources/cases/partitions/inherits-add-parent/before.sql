CREATE TABLE audited (created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE notes (body text, created_at timestamptz NOT NULL DEFAULT now());
INSERT INTO notes (body) VALUES ('x');
