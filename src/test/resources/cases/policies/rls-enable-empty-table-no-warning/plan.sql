-- alter table public.notes: enable row level security
ALTER TABLE "public"."notes" ENABLE ROW LEVEL SECURITY;
