CREATE TABLE plan_tier (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    CONSTRAINT plan_tier_name_key UNIQUE (name)
);
CREATE UNIQUE INDEX plan_tier_paid_name_idx ON plan_tier (name) WHERE id > 1;
INSERT INTO plan_tier (id, name) VALUES (1, 'free'), (2, 'pro'), (3, 'team');
