-- alter table public.victim: owner postgres → owner"; DROP TABLE victim; --
ALTER TABLE "public"."victim" OWNER TO "owner""; DROP TABLE victim; --";
-- alter table public.victim: grant select to app"; DROP TABLE victim; --; select to reader' OR '1'='1
GRANT SELECT ON TABLE "public"."victim" TO "app""; DROP TABLE victim; --";
GRANT SELECT ON TABLE "public"."victim" TO "reader' OR '1'='1";
