CREATE TABLE client (id bigint PRIMARY KEY, nm text NOT NULL);
INSERT INTO client VALUES (1, 'Ada');
CREATE VIEW client_name AS SELECT id, nm AS name FROM client;
CREATE VIEW client_raw AS SELECT id, nm FROM client;
