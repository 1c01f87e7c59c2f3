-- drop column public.parcel.note: drop [refused]
ALTER TABLE "public"."parcel" DROP COLUMN "note";
