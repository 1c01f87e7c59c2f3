CREATE TABLE ticket (id bigint PRIMARY KEY, title text NOT NULL);
INSERT INTO ticket VALUES (1, 'printer on fire'), (2, 'no coffee');
