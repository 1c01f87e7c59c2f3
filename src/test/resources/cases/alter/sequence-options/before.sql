CREATE SEQUENCE invoice_number START 1000;
CREATE SEQUENCE ticket_seq AS integer INCREMENT 1 CACHE 1;
SELECT nextval('invoice_number'), nextval('invoice_number');
