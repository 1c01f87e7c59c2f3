CREATE TABLE device (serial text NOT NULL, vendor text NOT NULL, name text);
CREATE UNIQUE INDEX device_serial_vendor_idx ON device (vendor, serial);
ALTER TABLE device REPLICA IDENTITY FULL;
INSERT INTO device SELECT 's' || i, 'acme', 'device ' || i FROM generate_series(1, 20) AS i;
