-- Found by the generated pairs (seed 636815, pair 636): a table renamed and one of its columns narrowed in the same
-- plan. The cast check was asked about the new name, which does not exist before the rename, and its "relation does
-- not exist" was taken for rows that cannot be converted: the plan refused a change that applies.
CREATE SCHEMA app;
CREATE TABLE app.account (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
INSERT INTO app.account (name) VALUES ('ada'), ('grace'), ('edsger');
