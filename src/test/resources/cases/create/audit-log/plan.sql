-- create schema audit: create
CREATE SCHEMA "audit";
COMMENT ON SCHEMA "audit" IS 'Append-only audit trail';
-- create table audit.log: create (9 columns)
CREATE TABLE "audit"."log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "occurred_at" timestamp with time zone DEFAULT (now()) NOT NULL,
    "actor" text DEFAULT (CURRENT_USER) NOT NULL,
    "client_ip" inet,
    "action" character varying(64) NOT NULL,
    "entity" text NOT NULL,
    "entity_id" text,
    "before" jsonb,
    "after" jsonb,
    CONSTRAINT "log_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "log_action_lowercase" CHECK (action = lower(action))
);
-- create index audit.log.log_after_gin: create (using gin)
CREATE INDEX "log_after_gin" ON "audit"."log" USING "gin" ("after" "jsonb_path_ops") WHERE (after IS NOT NULL);
-- create index audit.log.log_entity_idx: create
CREATE INDEX "log_entity_idx" ON "audit"."log" USING "btree" ("entity", "entity_id", "occurred_at" DESC);
-- create index audit.log.log_occurred_brin: create (using brin)
CREATE INDEX "log_occurred_brin" ON "audit"."log" USING "brin" ("occurred_at");
