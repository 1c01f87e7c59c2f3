-- alter schema app: default privileges for app_owner on tables: revoke update from app_reader
ALTER DEFAULT PRIVILEGES FOR ROLE "app_owner" IN SCHEMA "app" REVOKE UPDATE ON TABLES FROM "app_reader";
