CREATE FUNCTION audit_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_audit (op) VALUES (TG_OP);
  RETURN NULL;
END
$$;
