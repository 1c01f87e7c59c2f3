CREATE TABLE post (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tags text[] NOT NULL DEFAULT '{}');
INSERT INTO post (tags) VALUES ('{news,tech}'), ('{}'), ('{tech,gossip}');
