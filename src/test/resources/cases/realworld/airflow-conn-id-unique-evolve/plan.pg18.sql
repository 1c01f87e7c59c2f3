-- alter column public.connection.conn_id: set not null: add constraint connection_conn_id_not_null NOT NULL NOT VALID
ALTER TABLE "public"."connection" ADD CONSTRAINT "connection_conn_id_not_null" NOT NULL "conn_id" NOT VALID;
-- create constraint public.connection.unique_conn_id: add unique (conn_id): unique index built CONCURRENTLY, then USING INDEX [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."unique_conn_id";
CREATE UNIQUE INDEX CONCURRENTLY "unique_conn_id" ON "public"."connection" USING "btree" ("conn_id");
ALTER TABLE "public"."connection" ADD CONSTRAINT "unique_conn_id" UNIQUE USING INDEX "unique_conn_id";
-- alter column public.connection.conn_id: set not null: validate connection_conn_id_not_null [after commit]
ALTER TABLE "public"."connection" VALIDATE CONSTRAINT "connection_conn_id_not_null";
