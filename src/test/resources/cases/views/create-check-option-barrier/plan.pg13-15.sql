-- create view public.open_task: create (3 columns)
CREATE VIEW "public"."open_task" ("id", "owner", "done") WITH (check_option = local) AS (
SELECT task.id,
    task.owner,
    task.done
   FROM task
  WHERE (NOT task.done)
);
-- create view public.open_task_of_ada: create (3 columns)
CREATE VIEW "public"."open_task_of_ada" ("id", "owner", "done") WITH (check_option = cascaded, security_barrier = true) AS (
SELECT open_task.id,
    open_task.owner,
    open_task.done
   FROM open_task
  WHERE (open_task.owner = 'ada'::text)
);
-- create view public.secret_task: create (1 column)
CREATE VIEW "public"."secret_task" ("id") WITH (security_barrier = true) AS (
SELECT task.id
   FROM task
  WHERE (task.owner = CURRENT_USER)
);
