CREATE TABLE "Member" (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text,
    "Joined"   timestamptz,
    score      integer
);
INSERT INTO "Member" (email, "Joined", score)
SELECT 'm' || i || '@example.com', now() - i * interval '1 day', i FROM generate_series(1, 300) AS i;
