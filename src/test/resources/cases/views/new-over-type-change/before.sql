CREATE TABLE "order" (id bigint PRIMARY KEY, size integer);
INSERT INTO "order" VALUES (1, 1), (2, 2), (3, 3);
