-- create view public.open_task: create (3 columns)
CREATE VIEW "public"."open_task" ("id", "owner", "done") WITH (check_option = local) AS (
SELECT id,
    owner,
    done
   FROM task
  WHERE (NOT done)
);
-- create view public.open_task_of_ada: create (3 columns)
CREATE VIEW "public"."open_task_of_ada" ("id", "owner", "done") WITH (check_option = cascaded, security_barrier = true) AS (
SELECT id,
    owner,
    done
   FROM open_task
  WHERE (owner = 'ada'::text)
);
-- create view public.secret_task: create (1 column)
CREATE VIEW "public"."secret_task" ("id") WITH (security_barrier = true) AS (
SELECT id
   FROM task
  WHERE (owner = CURRENT_USER)
);
