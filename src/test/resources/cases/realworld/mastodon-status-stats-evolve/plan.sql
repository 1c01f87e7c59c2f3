-- create table public.status_stats: create (7 columns)
CREATE TABLE "public"."status_stats" (
    "id" bigserial,
    "status_id" bigint,
    "replies_count" bigint DEFAULT (0) NOT NULL,
    "reblogs_count" bigint DEFAULT (0) NOT NULL,
    "favourites_count" bigint DEFAULT (0) NOT NULL,
    "created_at" timestamp without time zone NOT NULL,
    "updated_at" timestamp without time zone NOT NULL,
    CONSTRAINT "status_stats_pkey" PRIMARY KEY ("id")
);
-- drop column public.statuses.favourites_count: drop [refused]
ALTER TABLE "public"."statuses" DROP COLUMN "favourites_count";
-- drop column public.statuses.reblogs_count: drop [refused]
ALTER TABLE "public"."statuses" DROP COLUMN "reblogs_count";
-- create index public.status_stats.index_status_stats_on_status_id: create (unique)
CREATE UNIQUE INDEX "index_status_stats_on_status_id" ON "public"."status_stats" USING "btree" ("status_id");
-- create constraint public.status_stats.fk_rails_4a247aac42: add foreign key (status_id) → public.statuses(id)
ALTER TABLE "public"."status_stats" ADD CONSTRAINT "fk_rails_4a247aac42" FOREIGN KEY ("status_id") REFERENCES "public"."statuses" ("id") ON DELETE CASCADE;
