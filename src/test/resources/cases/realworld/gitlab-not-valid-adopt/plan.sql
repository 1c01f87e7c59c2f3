-- alter constraint public.issues.check_2addf801cd: validate (it is NOT VALID) [after commit]
ALTER TABLE "public"."issues" VALIDATE CONSTRAINT "check_2addf801cd";
-- alter constraint public.issues.check_fba63f706d: validate (it is NOT VALID) [after commit]
ALTER TABLE "public"."issues" VALIDATE CONSTRAINT "check_fba63f706d";
-- alter constraint public.issues.fk_df75a7c8b8: validate (it is NOT VALID) [after commit]
ALTER TABLE "public"."issues" VALIDATE CONSTRAINT "fk_df75a7c8b8";
