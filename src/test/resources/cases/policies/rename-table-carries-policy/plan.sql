-- alter table public.memos: rename from notes
ALTER TABLE "public"."notes" RENAME TO "memos";
-- alter constraint public.memos.memos_pkey: rename from notes_pkey
ALTER TABLE "public"."memos" RENAME CONSTRAINT "notes_pkey" TO "memos_pkey";
