CREATE TABLE member (id bigint PRIMARY KEY, name text NOT NULL);
INSERT INTO member VALUES (1, 'Ada'), (2, 'Bob');
CREATE VIEW member_name AS SELECT id, name FROM member;
CREATE VIEW member_all AS SELECT * FROM member;
