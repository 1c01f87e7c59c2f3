CREATE SCHEMA util;
CREATE TABLE public.account (id bigint PRIMARY KEY);
INSERT INTO public.account VALUES (1), (2);
