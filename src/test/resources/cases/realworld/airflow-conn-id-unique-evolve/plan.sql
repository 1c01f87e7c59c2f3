-- alter column public.connection.conn_id: set not null: add check connection_conn_id_not_null_schemasync NOT VALID
ALTER TABLE "public"."connection" ADD CONSTRAINT "connection_conn_id_not_null_schemasync" CHECK ("conn_id" IS NOT NULL) NOT VALID;
-- create constraint public.connection.unique_conn_id: add unique (conn_id): unique index built CONCURRENTLY, then USING INDEX [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."unique_conn_id";
CREATE UNIQUE INDEX CONCURRENTLY "unique_conn_id" ON "public"."connection" USING "btree" ("conn_id");
ALTER TABLE "public"."connection" ADD CONSTRAINT "unique_conn_id" UNIQUE USING INDEX "unique_conn_id";
-- alter column public.connection.conn_id: set not null: validate connection_conn_id_not_null_schemasync [after commit]
ALTER TABLE "public"."connection" VALIDATE CONSTRAINT "connection_conn_id_not_null_schemasync";
-- alter column public.connection.conn_id: set not null (proved by connection_conn_id_not_null_schemasync), drop connection_conn_id_not_null_schemasync [after commit]
ALTER TABLE "public"."connection" ALTER COLUMN "conn_id" SET NOT NULL;
ALTER TABLE "public"."connection" DROP CONSTRAINT IF EXISTS "connection_conn_id_not_null_schemasync";
