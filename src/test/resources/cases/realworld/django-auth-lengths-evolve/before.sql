-- Django's contrib.auth tables as Django 1.9 created them on PostgreSQL (sqlmigrate), before the migrations that
-- widened its names: auth 0002_alter_permission_name_max_length (50 -> 255), 0008_alter_user_username_max_length
-- (30 -> 150), 0009_alter_user_last_name_max_length (30 -> 150), 0010_alter_group_name_max_length (80 -> 150) and
-- 0012_alter_user_first_name_max_length (30 -> 150): a site upgraded from Django 1.9 to 3.1 runs them in one go.
-- Django's foreign keys are DEFERRABLE INITIALLY DEFERRED, and every varchar key has a varchar_pattern_ops index.
CREATE TABLE "django_content_type" (
    "id" serial NOT NULL PRIMARY KEY,
    "app_label" varchar(100) NOT NULL,
    "model" varchar(100) NOT NULL
);
ALTER TABLE "django_content_type" ADD CONSTRAINT "django_content_type_app_label_model_76bd3d3b_uniq" UNIQUE ("app_label", "model");

CREATE TABLE "auth_permission" (
    "id" serial NOT NULL PRIMARY KEY,
    "name" varchar(50) NOT NULL,
    "content_type_id" integer NOT NULL,
    "codename" varchar(100) NOT NULL
);
ALTER TABLE "auth_permission" ADD CONSTRAINT "auth_permission_content_type_id_codename_01ab375a_uniq" UNIQUE ("content_type_id", "codename");
ALTER TABLE "auth_permission" ADD CONSTRAINT "auth_permission_content_type_id_2f476e4b_fk_django_co"
    FOREIGN KEY ("content_type_id") REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "auth_permission_content_type_id_2f476e4b" ON "auth_permission" ("content_type_id");

CREATE TABLE "auth_group" (
    "id" serial NOT NULL PRIMARY KEY,
    "name" varchar(80) NOT NULL UNIQUE
);
CREATE INDEX "auth_group_name_a6ea08ec_like" ON "auth_group" ("name" varchar_pattern_ops);

CREATE TABLE "auth_user" (
    "id" serial NOT NULL PRIMARY KEY,
    "password" varchar(128) NOT NULL,
    "last_login" timestamp with time zone NULL,
    "is_superuser" boolean NOT NULL,
    "username" varchar(30) NOT NULL UNIQUE,
    "first_name" varchar(30) NOT NULL,
    "last_name" varchar(30) NOT NULL,
    "email" varchar(254) NOT NULL,
    "is_staff" boolean NOT NULL,
    "is_active" boolean NOT NULL,
    "date_joined" timestamp with time zone NOT NULL
);
CREATE INDEX "auth_user_username_6821ab7c_like" ON "auth_user" ("username" varchar_pattern_ops);

CREATE TABLE "auth_user_groups" (
    "id" serial NOT NULL PRIMARY KEY,
    "user_id" integer NOT NULL,
    "group_id" integer NOT NULL
);
ALTER TABLE "auth_user_groups" ADD CONSTRAINT "auth_user_groups_user_id_group_id_94350c0c_uniq" UNIQUE ("user_id", "group_id");
ALTER TABLE "auth_user_groups" ADD CONSTRAINT "auth_user_groups_user_id_6a12ed8b_fk_auth_user_id"
    FOREIGN KEY ("user_id") REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "auth_user_groups" ADD CONSTRAINT "auth_user_groups_group_id_97559544_fk_auth_group_id"
    FOREIGN KEY ("group_id") REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "auth_user_groups_user_id_6a12ed8b" ON "auth_user_groups" ("user_id");
CREATE INDEX "auth_user_groups_group_id_97559544" ON "auth_user_groups" ("group_id");

INSERT INTO "django_content_type" ("app_label", "model") VALUES
    ('admin', 'logentry'), ('auth', 'permission'), ('auth', 'group'), ('auth', 'user'),
    ('contenttypes', 'contenttype'), ('sessions', 'session'), ('shop', 'order');
INSERT INTO "auth_permission" ("name", "content_type_id", "codename")
SELECT 'Can ' || a || ' ' || ct.model, ct.id, a || '_' || ct.model
FROM "django_content_type" ct, unnest(ARRAY['add', 'change', 'delete']) AS a;
INSERT INTO "auth_group" ("name") VALUES ('editors'), ('support'), ('warehouse staff');
INSERT INTO "auth_user" ("password", "last_login", "is_superuser", "username", "first_name", "last_name", "email",
                         "is_staff", "is_active", "date_joined")
SELECT 'pbkdf2_sha256$24000$salt' || i || '$hash', now() - i * interval '1 hour', i = 1,
       CASE WHEN i = 1 THEN 'admin' ELSE 'customer_' || i END, 'First' || i, 'Lastname-number-' || i,
       'customer' || i || '@example.com', i < 5, i % 17 <> 0, now() - i * interval '1 day'
FROM generate_series(1, 400) AS i;
INSERT INTO "auth_user_groups" ("user_id", "group_id") SELECT i, 1 + i % 3 FROM generate_series(1, 40) AS i;
