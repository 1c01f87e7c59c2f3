CREATE SCHEMA app;
CREATE DOMAIN app.email AS text;
CREATE TABLE app.contact (id bigint PRIMARY KEY, email app.email);
CREATE TABLE public.newsletter (id bigint PRIMARY KEY, sender app.email NOT NULL);
INSERT INTO app.contact VALUES (1, 'ada@example.com'), (2, 'not an address'), (3, NULL);
INSERT INTO public.newsletter VALUES (1, 'news@example.com'), (2, 'postmaster'), (3, 'root');
