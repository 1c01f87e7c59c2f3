-- create domain public.priority: create (smallint, 1 check)
CREATE DOMAIN "public"."priority" AS smallint DEFAULT (3) CONSTRAINT "priority_range" CHECK ((VALUE >= 1) AND (VALUE <= 5));
-- create column public.task.priority: add (priority, not null)
ALTER TABLE "public"."task" ADD COLUMN "priority" priority NOT NULL;
