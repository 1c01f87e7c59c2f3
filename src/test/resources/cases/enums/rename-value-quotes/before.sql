CREATE TYPE "Answer" AS ENUM ('yes', 'it''s ok', 'no');
CREATE TABLE poll (id int PRIMARY KEY, answer "Answer" DEFAULT 'it''s ok');
INSERT INTO poll VALUES (1, 'it''s ok'), (2, 'no');
