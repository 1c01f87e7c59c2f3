-- create table public.users: create (2 columns), partitioned by LIST (lower("left"(email, 1)))
CREATE TABLE "public"."users" (
    "id" bigint NOT NULL,
    "email" text NOT NULL
) PARTITION BY LIST (lower("left"(email, 1)));
-- create table public.users_a_m: create partition of users FOR VALUES IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm')
CREATE TABLE "public"."users_a_m" PARTITION OF "public"."users" FOR VALUES IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm');
-- create table public.users_rest: create partition of users DEFAULT
CREATE TABLE "public"."users_rest" PARTITION OF "public"."users" DEFAULT;
