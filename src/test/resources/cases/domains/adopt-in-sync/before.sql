CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('active', 'closed');
CREATE DOMAIN app.money_amount AS numeric(12, 2) DEFAULT 0 CONSTRAINT money_amount_not_null NOT NULL CONSTRAINT money_amount_check CHECK (VALUE >= 0::numeric);
CREATE DOMAIN app.code AS varchar(10) COLLATE "C" CONSTRAINT code_upper CHECK (VALUE::text = upper(VALUE::text));
CREATE DOMAIN app.open_status AS app.status DEFAULT 'active' CHECK (VALUE <> 'closed');
COMMENT ON DOMAIN app.code IS 'Upper-case code';
CREATE TABLE app.ledger (id bigint PRIMARY KEY, code app.code, amount app.money_amount, status app.open_status, tags app.code[]);
INSERT INTO app.ledger VALUES (1, 'AB', 10.50, 'active', '{X,Y}');
