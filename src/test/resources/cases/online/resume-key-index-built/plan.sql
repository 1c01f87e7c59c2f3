-- create constraint public.setting.setting_pkey: add primary key (key) using the index an earlier apply built
ALTER TABLE "public"."setting" ADD CONSTRAINT "setting_pkey" PRIMARY KEY USING INDEX "setting_pkey";
