CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, updated_at timestamptz);
INSERT INTO items VALUES (1, 'pen', 2, NULL), (2, 'ink', 7, NULL);
CREATE TRIGGER items_changed BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION log_change();
