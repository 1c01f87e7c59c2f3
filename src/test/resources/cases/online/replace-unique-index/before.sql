CREATE TABLE session (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL,
    token      text NOT NULL,
    revoked    boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX session_token_key ON session (token);
CREATE INDEX session_user_idx ON session (user_id);
COMMENT ON INDEX session_user_idx IS 'sessions of a user';
INSERT INTO session (user_id, token, revoked) SELECT i % 50, 't' || i, i % 7 = 0 FROM generate_series(1, 500) AS i;
