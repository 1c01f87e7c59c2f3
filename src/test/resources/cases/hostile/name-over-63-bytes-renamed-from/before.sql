CREATE TABLE victim (id integer PRIMARY KEY, secret text NOT NULL);
INSERT INTO victim VALUES (1, 'keep me'), (2, 'and me');
CREATE TABLE "victim_table_kept_by_the_accounting_team_for_reference_xxxxxxxx" (
    id integer PRIMARY KEY,
    "secret_value_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" text NOT NULL
);
INSERT INTO "victim_table_kept_by_the_accounting_team_for_reference_xxxxxxxx" VALUES (1, 'keep me');
