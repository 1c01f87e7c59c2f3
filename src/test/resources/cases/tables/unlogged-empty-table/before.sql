CREATE TABLE scratch (id bigint PRIMARY KEY);
