CREATE TYPE ticket_state AS ENUM ('new', 'triaged', 'open', 'closed');
CREATE TABLE ticket (id bigint PRIMARY KEY, state ticket_state NOT NULL DEFAULT 'new');
INSERT INTO ticket VALUES (1, 'new'), (2, 'triaged');
