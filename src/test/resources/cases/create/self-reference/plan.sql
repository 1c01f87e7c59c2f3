-- create table public.category: create (3 columns)
CREATE TABLE "public"."category" (
    "id" integer GENERATED ALWAYS AS IDENTITY,
    "parent_id" integer,
    "name" text NOT NULL,
    CONSTRAINT "category_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "category_parent_name_key" UNIQUE ("parent_id", "name")
);
-- create table public.employee: create (2 columns)
CREATE TABLE "public"."employee" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "manager_id" bigint,
    CONSTRAINT "employee_pkey" PRIMARY KEY ("id")
);
-- create index public.category.category_parent_idx: create
CREATE INDEX "category_parent_idx" ON "public"."category" USING "btree" ("parent_id");
-- create constraint public.category.category_parent_fk: add foreign key (parent_id) → public.category(id)
ALTER TABLE "public"."category" ADD CONSTRAINT "category_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."category" ("id") ON DELETE CASCADE;
-- create constraint public.employee.employee_manager_fk: add foreign key (manager_id) → public.employee(id)
ALTER TABLE "public"."employee" ADD CONSTRAINT "employee_manager_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."employee" ("id") ON DELETE SET NULL;
