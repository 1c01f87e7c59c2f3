CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE member (
    id bigint PRIMARY KEY,
    handle text NOT NULL,
    CONSTRAINT member_handle_key UNIQUE (handle)
);
INSERT INTO member (id, handle) VALUES (1, 'alice'), (2, 'Alice'), (3, 'bob'), (4, 'carol');
