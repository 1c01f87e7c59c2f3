-- alter type public.ticket_state: remove value 'triaged' (type made again, 1 column converted) [refused]
ALTER TYPE "public"."ticket_state" RENAME TO "schemasync_old_ticket_state";
CREATE TYPE "public"."ticket_state" AS ENUM ('new', 'open', 'closed');
ALTER TABLE "public"."ticket" ALTER COLUMN "state" DROP DEFAULT;
ALTER TABLE "public"."ticket" ALTER COLUMN "state" TYPE "public"."ticket_state" USING "state"::text::"public"."ticket_state";
ALTER TABLE "public"."ticket" ALTER COLUMN "state" SET DEFAULT ('new');
DROP TYPE "public"."schemasync_old_ticket_state";
