CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE diary (id bigint PRIMARY KEY, entry text);
