-- drop constraint public.player.player_team_fk: drop foreign key (team_id) → public.team(id)
ALTER TABLE "public"."player" DROP CONSTRAINT "player_team_fk";
-- drop index public.player.player_team_idx: drop
DROP INDEX "public"."player_team_idx";
-- drop column public.player.team_id: drop
ALTER TABLE "public"."player" DROP COLUMN "team_id";
