CREATE TABLE ledger_entry (
    id bigint PRIMARY KEY,
    account_id integer NOT NULL,
    booked_on timestamp NOT NULL,
    CONSTRAINT ledger_entry_account_day_key UNIQUE (account_id, booked_on)
);
INSERT INTO ledger_entry (id, account_id, booked_on) VALUES
    (1, 10, '2026-03-01 09:00'), (2, 10, '2026-03-01 17:30'), (3, 11, '2026-03-01 09:00'),
    (4, 12, '2026-03-02 08:00'), (5, 12, '2026-03-03 08:00');
