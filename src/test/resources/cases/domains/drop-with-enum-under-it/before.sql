CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN known_mood AS mood NOT NULL;
CREATE TABLE diary (id bigint PRIMARY KEY, entry text);
INSERT INTO diary VALUES (1, 'a good day');
