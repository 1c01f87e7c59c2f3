-- create table public.Group: create (3 columns)
CREATE TABLE "public"."Group" (
    "id" integer GENERATED ALWAYS AS IDENTITY,
    "user_id" bigint NOT NULL,
    "order" integer DEFAULT (0) NOT NULL,
    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);
-- create table public.order: create (2 columns)
CREATE TABLE "public"."order" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "table" text,
    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);
-- create table public.user: create (4 columns)
CREATE TABLE "public"."user" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "select" text,
    "from" date,
    "Name" text NOT NULL,
    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);
-- create index public.Group.Group_order_idx: create
CREATE INDEX "Group_order_idx" ON "public"."Group" USING "btree" ("order");
-- create constraint public.Group.Group_user_fk: add foreign key (user_id) → public.user(id)
ALTER TABLE "public"."Group" ADD CONSTRAINT "Group_user_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user" ("id");
