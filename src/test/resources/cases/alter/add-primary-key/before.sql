CREATE TABLE setting (key text NOT NULL, value text);
INSERT INTO setting VALUES ('theme', 'dark'), ('lang', 'en');
