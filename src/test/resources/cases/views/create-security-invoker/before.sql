CREATE TABLE document (id bigint PRIMARY KEY, owner name NOT NULL DEFAULT current_user, body text);
INSERT INTO document (id, owner, body) VALUES (1, 'alice', 'hello'), (2, 'bob', 'world');
