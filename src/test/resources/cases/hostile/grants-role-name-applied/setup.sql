DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app"; DROP TABLE victim; --') THEN CREATE ROLE "app""; DROP TABLE victim; --" NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'owner"; DROP TABLE victim; --') THEN CREATE ROLE "owner""; DROP TABLE victim; --" NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reader'' OR ''1''=''1') THEN CREATE ROLE "reader' OR '1'='1" NOLOGIN; END IF;
END $$;
