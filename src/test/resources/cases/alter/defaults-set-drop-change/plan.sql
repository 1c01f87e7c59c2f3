-- alter column public.job.state: default 'new'::text → 'queued'
ALTER TABLE "public"."job" ALTER COLUMN "state" DROP DEFAULT;
ALTER TABLE "public"."job" ALTER COLUMN "state" SET DEFAULT ('queued');
-- alter column public.job.attempts: default none → 0
ALTER TABLE "public"."job" ALTER COLUMN "attempts" SET DEFAULT (0);
-- alter column public.job.queue: default 'default'::text → none
ALTER TABLE "public"."job" ALTER COLUMN "queue" DROP DEFAULT;
-- alter column public.job.run_at: default now() → now() + interval '5 minutes'
ALTER TABLE "public"."job" ALTER COLUMN "run_at" DROP DEFAULT;
ALTER TABLE "public"."job" ALTER COLUMN "run_at" SET DEFAULT (now() + interval '5 minutes');
