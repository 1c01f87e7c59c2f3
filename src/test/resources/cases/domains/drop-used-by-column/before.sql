CREATE DOMAIN legacy_code AS char(4) CONSTRAINT legacy_code_upper CHECK (VALUE = upper(VALUE));
CREATE TABLE item (id bigint PRIMARY KEY, code legacy_code, old_codes legacy_code[]);
INSERT INTO item VALUES (1, 'ABCD', '{WXYZ}'), (2, 'EFGH', NULL);
