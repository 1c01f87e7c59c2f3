CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, updated_at timestamptz);
INSERT INTO items VALUES (1, 'pen', 2, NULL), (2, 'ink', 7, NULL);
CREATE CONSTRAINT TRIGGER items_check AFTER INSERT OR UPDATE ON items NOT DEFERRABLE FOR EACH ROW EXECUTE FUNCTION log_change();
COMMENT ON TRIGGER items_check ON items IS 'checked at commit';
