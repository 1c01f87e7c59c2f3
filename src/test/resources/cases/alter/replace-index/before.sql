CREATE TABLE event (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    kind text NOT NULL
);
CREATE INDEX event_account_idx ON event (account_id);
CREATE INDEX event_kind_idx ON event (kind) WHERE kind <> 'debug';
INSERT INTO event (account_id, kind) VALUES (1, 'login'), (2, 'debug');
