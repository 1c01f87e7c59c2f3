CREATE TABLE post (id bigint PRIMARY KEY, body text, updated_at timestamptz);
CREATE TABLE legacy_post (id bigint PRIMARY KEY, body text, updated_at timestamptz);
INSERT INTO legacy_post VALUES (1, 'old', NULL);
CREATE TRIGGER legacy_touch BEFORE UPDATE ON legacy_post FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER legacy_touch_insert BEFORE INSERT ON legacy_post FOR EACH ROW EXECUTE FUNCTION touch();
