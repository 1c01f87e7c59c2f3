-- alter column storage.buckets.file_size_limit: rename from max_file_size_kb
ALTER TABLE "storage"."buckets" RENAME COLUMN "max_file_size_kb" TO "file_size_limit";
-- alter column storage.buckets.file_size_limit: integer → bigint
ALTER TABLE "storage"."buckets" ALTER COLUMN "file_size_limit" TYPE bigint USING "file_size_limit"::bigint;
