CREATE TABLE ticket (id bigint PRIMARY KEY, status text NOT NULL, assignee text);
INSERT INTO ticket VALUES (1, 'open', 'ada'), (2, 'closed', NULL);
CREATE VIEW open_ticket AS SELECT id, status, assignee FROM ticket WHERE status = 'open';
CREATE VIEW my_ticket AS SELECT id, status FROM open_ticket WHERE assignee = current_user;
