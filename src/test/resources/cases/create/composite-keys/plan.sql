-- create table public.project: create (3 columns)
CREATE TABLE "public"."project" (
    "tenant_id" bigint NOT NULL,
    "id" bigint NOT NULL,
    "name" text NOT NULL,
    CONSTRAINT "project_pkey" PRIMARY KEY ("tenant_id", "id")
);
-- create table public.task: create (4 columns)
CREATE TABLE "public"."task" (
    "tenant_id" bigint NOT NULL,
    "project_id" bigint NOT NULL,
    "id" bigint NOT NULL,
    "title" text NOT NULL,
    CONSTRAINT "task_pk" PRIMARY KEY ("tenant_id", "id")
);
-- create table public.tenant: create (1 column)
CREATE TABLE "public"."tenant" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT "tenant_pkey" PRIMARY KEY ("id")
);
-- create constraint public.project.project_tenant_fk: add foreign key (tenant_id) → public.tenant(id)
ALTER TABLE "public"."project" ADD CONSTRAINT "project_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant" ("id") ON DELETE CASCADE;
-- create constraint public.task.task_project_fk: add foreign key (tenant_id, project_id) → public.project(tenant_id, id)
ALTER TABLE "public"."task" ADD CONSTRAINT "task_project_fk" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "public"."project" ("tenant_id", "id") ON DELETE CASCADE;
