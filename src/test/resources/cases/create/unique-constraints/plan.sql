-- create table public.membership: create (5 columns)
CREATE TABLE "public"."membership" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "team_id" bigint NOT NULL,
    "user_id" bigint NOT NULL,
    "position" integer NOT NULL,
    "invite_code" text,
    CONSTRAINT "membership_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "membership_invite_code_key" UNIQUE ("invite_code"),
    CONSTRAINT "membership_team_position_key" UNIQUE ("team_id", "position") DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT "membership_team_user_key" UNIQUE ("team_id", "user_id")
);
