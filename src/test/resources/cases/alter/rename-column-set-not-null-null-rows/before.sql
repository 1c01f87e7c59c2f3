-- The same plan renames the column and sets it NOT NULL: the check of the live rows counts the NULLs under the
-- column's live name (the rename has not run yet), so the plan refuses with the count instead of failing at apply.
CREATE TABLE customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mail text
);
INSERT INTO customer (mail) VALUES ('a@example.com'), (NULL), (NULL);
