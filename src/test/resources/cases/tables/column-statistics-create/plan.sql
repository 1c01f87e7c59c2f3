-- create table public.measurement: create (2 columns)
CREATE TABLE "public"."measurement" (
    "id" bigint NOT NULL,
    "sensor_id" integer NOT NULL,
    CONSTRAINT "measurement_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "public"."measurement" ALTER COLUMN "sensor_id" SET STATISTICS 500;
