-- create schema feed: create
CREATE SCHEMA "feed";
-- create type feed.filter: create composite (2 attributes)
CREATE TYPE "feed"."filter" AS ("column_name" text, "value" text);
-- create table feed.subscription: create (2 columns)
CREATE TABLE "feed"."subscription" (
    "id" bigint NOT NULL,
    "filters" feed.filter[] DEFAULT ('{}') NOT NULL,
    CONSTRAINT "subscription_pkey" PRIMARY KEY ("id")
);
-- create function feed.first_filter(bigint): create (plpgsql, returns text)
CREATE FUNCTION "feed"."first_filter"("subscription_id" bigint)
 RETURNS text
 LANGUAGE plpgsql
 AS $fn$
declare
  f feed.filter;
  subs feed.subscription[] = array_agg(s) from feed.subscription s where s.id = subscription_id;
  wanted feed.subscription.id%TYPE := subscription_id;
begin
  select (filters)[1] into f from unnest(subs) where id = wanted;
  return f.column_name;
end;
$fn$;
