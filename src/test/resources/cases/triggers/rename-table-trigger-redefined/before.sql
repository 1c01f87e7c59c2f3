CREATE TABLE post (id bigint PRIMARY KEY, body text, updated_at timestamptz);
INSERT INTO post VALUES (1, 'a', NULL), (2, 'b', NULL);
CREATE TRIGGER post_touch BEFORE UPDATE ON post FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER post_stamp BEFORE UPDATE ON post FOR EACH ROW EXECUTE FUNCTION touch();
