-- drop constraint public.slot.slot_no_overlap: drop exclusion using gist (during WITH &&)
ALTER TABLE "public"."slot" DROP CONSTRAINT "slot_no_overlap";
