CREATE TYPE ticket_state AS ENUM ('new', 'triaged', 'open', 'closed');
CREATE TABLE ticket (id bigint PRIMARY KEY, state ticket_state, title text NOT NULL);
INSERT INTO ticket VALUES (1, 'new', 'a'), (2, 'triaged', 'b'), (3, 'triaged', 'c'), (4, NULL, 'd');
