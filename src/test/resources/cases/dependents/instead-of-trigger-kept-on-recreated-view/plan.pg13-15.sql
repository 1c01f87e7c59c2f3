-- alter trigger public.pinned_note.pinned_note_insert: drop for a moment, around the change of column public.note.pinned
DROP TRIGGER "pinned_note_insert" ON "public"."pinned_note";
-- alter view public.pinned_note: drop for a moment, around the change of column public.note.pinned
DROP VIEW "public"."pinned_note";
-- alter column public.note.pinned: smallint → integer
ALTER TABLE "public"."note" ALTER COLUMN "pinned" DROP DEFAULT;
ALTER TABLE "public"."note" ALTER COLUMN "pinned" TYPE integer USING "pinned"::integer;
ALTER TABLE "public"."note" ALTER COLUMN "pinned" SET DEFAULT (0);
-- alter view public.pinned_note: create again after the change of column public.note.pinned
CREATE VIEW "public"."pinned_note" ("id", "body") AS (
SELECT note.id,
    note.body
   FROM note
  WHERE (note.pinned > 0)
);
-- alter trigger public.pinned_note.pinned_note_insert: create again after the change of column public.note.pinned
CREATE TRIGGER "pinned_note_insert" INSTEAD OF INSERT ON "public"."pinned_note" FOR EACH ROW EXECUTE FUNCTION "public"."pin_note"();
