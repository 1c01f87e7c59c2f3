-- create table public.cities: create (2 columns)
CREATE TABLE "public"."cities" (
    "name" text NOT NULL,
    "population" integer,
    CONSTRAINT "cities_population_positive" CHECK (population > 0)
);
-- create table public.capitals: create (1 column), inherits cities
CREATE TABLE "public"."capitals" (
    "country" text NOT NULL
) INHERITS ("public"."cities");
