-- alter type public.address: rename from addr
ALTER TYPE "public"."addr" RENAME TO "address";
