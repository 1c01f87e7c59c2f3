-- alter column public.Member.email: set not null: add check Member_email_not_null_schemasync NOT VALID
ALTER TABLE "public"."Member" ADD CONSTRAINT "Member_email_not_null_schemasync" CHECK ("email" IS NOT NULL) NOT VALID;
-- alter column public.Member.Joined: set not null: add check Member_Joined_not_null_schemasync NOT VALID
ALTER TABLE "public"."Member" ADD CONSTRAINT "Member_Joined_not_null_schemasync" CHECK ("Joined" IS NOT NULL) NOT VALID;
-- alter column public.Member.score: integer → bigint
ALTER TABLE "public"."Member" ALTER COLUMN "score" TYPE bigint USING "score"::bigint;
-- alter column public.Member.score: set not null: add check Member_score_not_null_schemasync NOT VALID
ALTER TABLE "public"."Member" ADD CONSTRAINT "Member_score_not_null_schemasync" CHECK ("score" IS NOT NULL) NOT VALID;
-- alter column public.Member.email: set not null: validate Member_email_not_null_schemasync [after commit]
ALTER TABLE "public"."Member" VALIDATE CONSTRAINT "Member_email_not_null_schemasync";
-- alter column public.Member.email: set not null (proved by Member_email_not_null_schemasync), drop Member_email_not_null_schemasync [after commit]
ALTER TABLE "public"."Member" ALTER COLUMN "email" SET NOT NULL;
ALTER TABLE "public"."Member" DROP CONSTRAINT IF EXISTS "Member_email_not_null_schemasync";
-- alter column public.Member.Joined: set not null: validate Member_Joined_not_null_schemasync [after commit]
ALTER TABLE "public"."Member" VALIDATE CONSTRAINT "Member_Joined_not_null_schemasync";
-- alter column public.Member.Joined: set not null (proved by Member_Joined_not_null_schemasync), drop Member_Joined_not_null_schemasync [after commit]
ALTER TABLE "public"."Member" ALTER COLUMN "Joined" SET NOT NULL;
ALTER TABLE "public"."Member" DROP CONSTRAINT IF EXISTS "Member_Joined_not_null_schemasync";
-- alter column public.Member.score: set not null: validate Member_score_not_null_schemasync [after commit]
ALTER TABLE "public"."Member" VALIDATE CONSTRAINT "Member_score_not_null_schemasync";
-- alter column public.Member.score: set not null (proved by Member_score_not_null_schemasync), drop Member_score_not_null_schemasync [after commit]
ALTER TABLE "public"."Member" ALTER COLUMN "score" SET NOT NULL;
ALTER TABLE "public"."Member" DROP CONSTRAINT IF EXISTS "Member_score_not_null_schemasync";
