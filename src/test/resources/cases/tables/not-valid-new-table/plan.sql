-- create table public.child: create (3 columns)
CREATE TABLE "public"."child" (
    "id" bigint NOT NULL,
    "parent_id" bigint,
    "qty" integer,
    CONSTRAINT "child_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "child_qty_positive" CHECK (qty > 0) NOT VALID
);
-- create table public.parent: create (1 column)
CREATE TABLE "public"."parent" (
    "id" bigint NOT NULL,
    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")
);
-- create constraint public.child.child_parent_fk: add foreign key (parent_id) → public.parent(id) NOT VALID
ALTER TABLE "public"."child" ADD CONSTRAINT "child_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."parent" ("id") NOT VALID;
