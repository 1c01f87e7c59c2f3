CREATE TABLE note (id bigint PRIMARY KEY, author name NOT NULL DEFAULT current_user, body text NOT NULL);
INSERT INTO note (id, body) VALUES (1, 'x'), (2, 'y');
CREATE VIEW my_note AS SELECT id, body FROM note WHERE author = current_user;
CREATE VIEW all_note WITH (security_invoker = true) AS SELECT id, body FROM note;
