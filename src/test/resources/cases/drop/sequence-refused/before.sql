CREATE SEQUENCE legacy_ticket_seq START 500;
