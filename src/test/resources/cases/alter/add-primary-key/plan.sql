-- create constraint public.setting.setting_pkey: add primary key (key)
ALTER TABLE "public"."setting" ADD CONSTRAINT "setting_pkey" PRIMARY KEY ("key");
