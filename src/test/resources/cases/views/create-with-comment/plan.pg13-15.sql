-- create view public.employee_directory: create (2 columns)
CREATE VIEW "public"."employee_directory" ("id", "name") AS (
SELECT employee.id,
    employee.name
   FROM employee
);
COMMENT ON VIEW "public"."employee_directory" IS 'Names only; salaries stay in employee. It''s public.';
