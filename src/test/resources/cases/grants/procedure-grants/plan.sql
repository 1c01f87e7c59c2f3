-- create table public.log: create (1 column)
CREATE TABLE "public"."log" (
    "msg" text
);
-- create procedure public.write_log(text): create (sql)
CREATE PROCEDURE "public"."write_log"("m" text)
 LANGUAGE sql
 AS $fn$
insert into log values (m)
$fn$;
-- alter procedure public.write_log(text): revoke execute from public
REVOKE EXECUTE ON PROCEDURE "public"."write_log"(text) FROM PUBLIC;
-- alter procedure public.write_log(text): grant execute to app_writer
GRANT EXECUTE ON PROCEDURE "public"."write_log"(text) TO "app_writer";
