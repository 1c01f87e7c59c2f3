CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(20) NOT NULL
);
CREATE VIEW user_names AS SELECT id, name FROM users;
INSERT INTO users (name) VALUES ('Ada');
