CREATE TABLE post (id bigint PRIMARY KEY, body text, updated_at timestamptz);
INSERT INTO post VALUES (1, 'a', NULL);
CREATE TRIGGER post_touch BEFORE UPDATE OF body ON post FOR EACH ROW EXECUTE FUNCTION touch();
