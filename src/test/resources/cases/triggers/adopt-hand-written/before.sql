CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, updated_at timestamptz);
INSERT INTO items VALUES (1, 'pen', 2, NULL), (2, 'ink', 7, NULL);
create trigger Items_Touch before update of NAME, price on public.items for each row when (OLD.price IS DISTINCT FROM NEW.price or old.name <> new.name) execute procedure touch();
create trigger items_log after insert on items referencing new table as inserted for each statement execute function log_change('a', 'b');
create constraint trigger items_check after update on items deferrable initially deferred for each row when (new.price > 0::numeric) execute function log_change();
