-- alter column auth.identities.provider_id: rename from id
ALTER TABLE "auth"."identities" RENAME COLUMN "id" TO "provider_id";
-- create column auth.identities.id: add (uuid, not null, default gen_random_uuid())
ALTER TABLE "auth"."identities" ADD COLUMN "id" uuid DEFAULT (gen_random_uuid()) NOT NULL;
-- alter constraint auth.identities.identities_pkey: replace primary key (id) (definition changed)
ALTER TABLE "auth"."identities" DROP CONSTRAINT IF EXISTS "identities_pkey";
ALTER TABLE "auth"."identities" ADD CONSTRAINT "identities_pkey" PRIMARY KEY ("id");
-- create constraint auth.identities.identities_provider_id_provider_unique: add unique (provider_id, provider)
ALTER TABLE "auth"."identities" ADD CONSTRAINT "identities_provider_id_provider_unique" UNIQUE ("provider_id", "provider");
