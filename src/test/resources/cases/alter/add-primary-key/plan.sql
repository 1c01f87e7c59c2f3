-- create constraint public.setting.setting_pkey: add primary key (key): unique index built CONCURRENTLY, then USING INDEX [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."setting_pkey";
CREATE UNIQUE INDEX CONCURRENTLY "setting_pkey" ON "public"."setting" USING "btree" ("key");
ALTER TABLE "public"."setting" ADD CONSTRAINT "setting_pkey" PRIMARY KEY USING INDEX "setting_pkey";
