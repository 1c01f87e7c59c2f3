CREATE TABLE post (id bigint PRIMARY KEY, body varchar(20), updated_at timestamptz);
INSERT INTO post VALUES (1, 'a', NULL), (2, 'b', NULL);
CREATE TRIGGER post_touch BEFORE UPDATE OF body ON post FOR EACH ROW WHEN (old.body IS DISTINCT FROM new.body)
    EXECUTE FUNCTION touch();
