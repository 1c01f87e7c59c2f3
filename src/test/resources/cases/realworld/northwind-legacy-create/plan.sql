-- create table public.Customers: create (5 columns)
CREATE TABLE "public"."Customers" (
    "Customer ID" character(5) NOT NULL,
    "Company Name" character varying(40) NOT NULL,
    "Contact Name" character varying(30),
    "Country" character varying(15),
    "Postal Code" character varying(10),
    CONSTRAINT "PK_Customers" PRIMARY KEY ("Customer ID")
);
-- create table public.Employees: create (9 columns)
CREATE TABLE "public"."Employees" (
    "Employee ID" smallint NOT NULL,
    "Last Name" character varying(20) NOT NULL,
    "First Name" character varying(10) NOT NULL,
    "Title" character varying(30),
    "Birth Date" date,
    "Hire Date" date,
    "Reports To" smallint,
    "Photo" bytea,
    "Notes" text,
    CONSTRAINT "PK_Employees" PRIMARY KEY ("Employee ID"),
    CONSTRAINT "CK_Birthdate" CHECK ("Birth Date" < current_date)
);
-- create table public.Order: create (7 columns)
CREATE TABLE "public"."Order" (
    "Order ID" integer NOT NULL,
    "Customer ID" character(5),
    "Employee ID" smallint,
    "Order Date" timestamp without time zone,
    "Shipped Date" timestamp without time zone,
    "Freight" money DEFAULT (0),
    "Ship Country" character varying(15),
    CONSTRAINT "PK_Orders" PRIMARY KEY ("Order ID")
);
-- create table public.Order Details: create (5 columns)
CREATE TABLE "public"."Order Details" (
    "Order ID" integer NOT NULL,
    "Product ID" smallint NOT NULL,
    "Unit Price" money DEFAULT (0) NOT NULL,
    "Quantity" smallint DEFAULT (1) NOT NULL,
    "Discount" real DEFAULT (0) NOT NULL,
    CONSTRAINT "PK_Order_Details" PRIMARY KEY ("Order ID", "Product ID"),
    CONSTRAINT "CK_Discount" CHECK ("Discount" >= 0 and "Discount" <= 1),
    CONSTRAINT "CK_Quantity" CHECK ("Quantity" > 0),
    CONSTRAINT "CK_UnitPrice" CHECK ("Unit Price" >= 0::money)
);
COMMENT ON TABLE "public"."Order Details" IS 'Line items. "Unit Price" is copied from Products at order time,
so later price changes don''t alter old orders.';
COMMENT ON COLUMN "public"."Order Details"."Discount" IS 'Fraction, 0 to 1 (0.15 = 15 %)';
-- create table public.Products: create (7 columns)
CREATE TABLE "public"."Products" (
    "Product ID" smallint NOT NULL,
    "Product Name" character varying(40) NOT NULL,
    "Unit Price" money DEFAULT (0),
    "Units In Stock" smallint DEFAULT (0),
    "Reorder Level" smallint DEFAULT (0),
    "Discontinued" boolean DEFAULT (false) NOT NULL,
    "Desc" text,
    CONSTRAINT "PK_Products" PRIMARY KEY ("Product ID"),
    CONSTRAINT "CK_Products_UnitPrice" CHECK ("Unit Price" >= 0::money),
    CONSTRAINT "CK_ReorderLevel" CHECK ("Reorder Level" >= 0),
    CONSTRAINT "CK_UnitsInStock" CHECK ("Units In Stock" >= 0)
);
-- create index public.Customers.Company Name: create
CREATE INDEX "Company Name" ON "public"."Customers" USING "btree" ((lower("Company Name")));
-- create index public.Customers.Postal Code: create
CREATE INDEX "Postal Code" ON "public"."Customers" USING "btree" ("Postal Code") INCLUDE ("Company Name");
-- create index public.Employees.Last Name: create
CREATE INDEX "Last Name" ON "public"."Employees" USING "btree" ("Last Name");
-- create index public.Order.Shipped Date: create
CREATE INDEX "Shipped Date" ON "public"."Order" USING "btree" ("Shipped Date" DESC NULLS LAST) WHERE ("Shipped Date" is not null);
-- create index public.Products.Product Name: create
CREATE INDEX "Product Name" ON "public"."Products" USING "btree" ("Product Name" DESC NULLS LAST);
-- create constraint public.Employees.FK_Employees_Employees: add foreign key (Reports To) → public.Employees(Employee ID)
ALTER TABLE "public"."Employees" ADD CONSTRAINT "FK_Employees_Employees" FOREIGN KEY ("Reports To") REFERENCES "public"."Employees" ("Employee ID");
-- create constraint public.Order.FK_Orders_Customers: add foreign key (Customer ID) → public.Customers(Customer ID)
ALTER TABLE "public"."Order" ADD CONSTRAINT "FK_Orders_Customers" FOREIGN KEY ("Customer ID") REFERENCES "public"."Customers" ("Customer ID");
-- create constraint public.Order.FK_Orders_Employees: add foreign key (Employee ID) → public.Employees(Employee ID)
ALTER TABLE "public"."Order" ADD CONSTRAINT "FK_Orders_Employees" FOREIGN KEY ("Employee ID") REFERENCES "public"."Employees" ("Employee ID");
-- create constraint public.Order Details.FK_Order_Details_Orders: add foreign key (Order ID) → public.Order(Order ID)
ALTER TABLE "public"."Order Details" ADD CONSTRAINT "FK_Order_Details_Orders" FOREIGN KEY ("Order ID") REFERENCES "public"."Order" ("Order ID") ON DELETE CASCADE;
-- create constraint public.Order Details.FK_Order_Details_Products: add foreign key (Product ID) → public.Products(Product ID)
ALTER TABLE "public"."Order Details" ADD CONSTRAINT "FK_Order_Details_Products" FOREIGN KEY ("Product ID") REFERENCES "public"."Products" ("Product ID");
