-- alter type public.ticket_state: remove value 'triaged' (type made again, 1 column converted)
ALTER TYPE "public"."ticket_state" RENAME TO "schemasync_old_ticket_state";
CREATE TYPE "public"."ticket_state" AS ENUM ('new', 'open', 'closed');
ALTER TABLE "public"."ticket" ALTER COLUMN "state" TYPE "public"."ticket_state" USING CASE WHEN "state"::text IN ('triaged') THEN NULL ELSE "state"::text::"public"."ticket_state" END;
DROP TYPE "public"."schemasync_old_ticket_state";
