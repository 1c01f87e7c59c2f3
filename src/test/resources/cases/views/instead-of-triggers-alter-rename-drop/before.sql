CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);
INSERT INTO account VALUES (1, 'a@example.com', true), (2, 'b@example.com', false);
CREATE VIEW live_account AS SELECT id, email FROM account WHERE active;
CREATE TRIGGER live_account_ins INSTEAD OF INSERT ON live_account FOR EACH ROW EXECUTE FUNCTION ins_a();
CREATE TRIGGER live_account_del INSTEAD OF DELETE ON live_account FOR EACH ROW EXECUTE FUNCTION del();
CREATE TRIGGER live_account_upd INSTEAD OF UPDATE ON live_account FOR EACH ROW EXECUTE FUNCTION ins_a();
