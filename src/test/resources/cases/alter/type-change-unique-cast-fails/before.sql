CREATE TABLE coupon (
    id bigint PRIMARY KEY,
    code text,
    CONSTRAINT coupon_code_key UNIQUE (code)
);
INSERT INTO coupon (id, code) VALUES (1, '100'), (2, '0100'), (3, 'SPRING'), (4, '250');
