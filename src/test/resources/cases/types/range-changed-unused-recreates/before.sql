CREATE TYPE price_range AS RANGE (subtype = numeric);
COMMENT ON TYPE price_range IS 'prices';
