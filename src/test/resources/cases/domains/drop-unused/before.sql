CREATE DOMAIN legacy_code AS char(4) CONSTRAINT legacy_code_upper CHECK (VALUE = upper(VALUE));
CREATE TABLE item (id bigint PRIMARY KEY, code text);
INSERT INTO item VALUES (1, 'ABCD'), (2, 'EFGH');
