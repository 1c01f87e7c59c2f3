-- alter column public.Member.email: set not null: add constraint Member_email_not_null NOT NULL NOT VALID
ALTER TABLE "public"."Member" ADD CONSTRAINT "Member_email_not_null" NOT NULL "email" NOT VALID;
-- alter column public.Member.Joined: set not null: add constraint Member_Joined_not_null NOT NULL NOT VALID
ALTER TABLE "public"."Member" ADD CONSTRAINT "Member_Joined_not_null" NOT NULL "Joined" NOT VALID;
-- alter column public.Member.score: integer → bigint
ALTER TABLE "public"."Member" ALTER COLUMN "score" TYPE bigint USING "score"::bigint;
-- alter column public.Member.score: set not null: add constraint Member_score_not_null NOT NULL NOT VALID
ALTER TABLE "public"."Member" ADD CONSTRAINT "Member_score_not_null" NOT NULL "score" NOT VALID;
-- alter column public.Member.email: set not null: validate Member_email_not_null [after commit]
ALTER TABLE "public"."Member" VALIDATE CONSTRAINT "Member_email_not_null";
-- alter column public.Member.Joined: set not null: validate Member_Joined_not_null [after commit]
ALTER TABLE "public"."Member" VALIDATE CONSTRAINT "Member_Joined_not_null";
-- alter column public.Member.score: set not null: validate Member_score_not_null [after commit]
ALTER TABLE "public"."Member" VALIDATE CONSTRAINT "Member_score_not_null";
