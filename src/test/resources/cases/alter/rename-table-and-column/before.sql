CREATE TABLE tbl_users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mail text NOT NULL
);
CREATE TABLE post (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES tbl_users (id)
);
INSERT INTO tbl_users (mail) VALUES ('a@example.com');
INSERT INTO post (author_id) VALUES (1);
