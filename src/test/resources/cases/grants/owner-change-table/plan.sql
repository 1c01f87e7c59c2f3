-- alter table public.orders: owner postgres → app_owner
ALTER TABLE "public"."orders" OWNER TO "app_owner";
