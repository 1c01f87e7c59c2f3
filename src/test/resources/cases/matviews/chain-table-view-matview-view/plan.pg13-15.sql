-- create table public.ticket: create (4 columns)
CREATE TABLE "public"."ticket" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "status" text NOT NULL,
    "team" text NOT NULL,
    "opened_at" timestamp with time zone NOT NULL,
    CONSTRAINT "ticket_pkey" PRIMARY KEY ("id")
);
-- create view public.open_ticket: create (3 columns)
CREATE VIEW "public"."open_ticket" ("id", "team", "opened_at") AS (
SELECT ticket.id,
    ticket.team,
    ticket.opened_at
   FROM ticket
  WHERE (ticket.status = 'open'::text)
);
-- create materialized view public.open_per_team: create
CREATE MATERIALIZED VIEW "public"."open_per_team" AS (
SELECT open_ticket.team,
    count(*) AS open_count,
    min(open_ticket.opened_at) AS oldest
   FROM open_ticket
  GROUP BY open_ticket.team
) WITH DATA;
-- create view public.busy_team: create (1 column)
CREATE VIEW "public"."busy_team" ("team") AS (
SELECT open_per_team.team
   FROM open_per_team
  WHERE (open_per_team.open_count > 10)
);
-- create index public.open_per_team.open_per_team_team: create (unique)
CREATE UNIQUE INDEX "open_per_team_team" ON "public"."open_per_team" USING "btree" ("team");
