-- create table public.tenant: create (2 columns)
CREATE TABLE "public"."tenant" (
    "id" bigint NOT NULL,
    "slug" text NOT NULL,
    CONSTRAINT "tenant_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "tenant_slug_key" UNIQUE ("slug")
);
-- alter table public.tenant: replica identity index tenant_slug_key
ALTER TABLE "public"."tenant" REPLICA IDENTITY USING INDEX "tenant_slug_key";
