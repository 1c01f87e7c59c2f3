CREATE TABLE account (id bigint PRIMARY KEY, owner text NOT NULL, balance integer NOT NULL);
INSERT INTO account VALUES (1, 'ada', 10), (2, 'bob', -5);
CREATE VIEW positive_account WITH (security_barrier = true, check_option = cascaded) AS
  SELECT id, owner, balance FROM account WHERE balance > 0;
COMMENT ON VIEW positive_account IS 'accounts in credit';
