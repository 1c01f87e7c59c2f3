CREATE TABLE page_view (id bigserial PRIMARY KEY, path text NOT NULL, user_id bigint, viewed_at timestamptz NOT NULL DEFAULT now());
INSERT INTO page_view (path, user_id, viewed_at) VALUES ('/', 1, '2026-03-01 10:00'), ('/pricing', 2, '2026-03-01 11:00'), ('/', NULL, '2026-03-02 09:00');
create materialized view daily_path_views as
  select date_trunc('day', viewed_at) as day, path, count(*) as views, count(distinct user_id) as users
  from page_view group by 1, 2;
create unique index daily_path_views_key on daily_path_views (day, path);
create index daily_path_views_path on daily_path_views (lower(path)) where views > 0;
comment on materialized view daily_path_views is 'views per path and day';
