-- alter column public.note.pinned: smallint → integer [refused]
ALTER TABLE "public"."note" ALTER COLUMN "pinned" DROP DEFAULT;
ALTER TABLE "public"."note" ALTER COLUMN "pinned" TYPE integer USING "pinned"::integer;
ALTER TABLE "public"."note" ALTER COLUMN "pinned" SET DEFAULT (0);
