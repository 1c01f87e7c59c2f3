-- Northwind as migrated from SQL Server / Access by a conversion tool that kept the original names: spaces in
-- table and column names ("Order Details", "Unit Price"), PascalCase, reserved words (a table "Order", a column
-- "Desc"), money and real columns with defaults, the original CK_ checks (one against CURRENT_DATE), an
-- expression index on a spaced column, INCLUDE and DESC NULLS LAST, and a self-referencing "Reports To".
CREATE TABLE "Employees" (
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
    CONSTRAINT "CK_Birthdate" CHECK (("Birth Date" < CURRENT_DATE)),
    CONSTRAINT "FK_Employees_Employees" FOREIGN KEY ("Reports To") REFERENCES "Employees" ("Employee ID")
);
CREATE INDEX "Last Name" ON "Employees" ("Last Name");

CREATE TABLE "Customers" (
    "Customer ID" character(5) NOT NULL,
    "Company Name" character varying(40) NOT NULL,
    "Contact Name" character varying(30),
    "Country" character varying(15),
    "Postal Code" character varying(10),
    CONSTRAINT "PK_Customers" PRIMARY KEY ("Customer ID")
);
CREATE INDEX "Company Name" ON "Customers" (lower(("Company Name")::text));
CREATE INDEX "Postal Code" ON "Customers" ("Postal Code") INCLUDE ("Company Name");

CREATE TABLE "Products" (
    "Product ID" smallint NOT NULL,
    "Product Name" character varying(40) NOT NULL,
    "Unit Price" money DEFAULT 0,
    "Units In Stock" smallint DEFAULT 0,
    "Reorder Level" smallint DEFAULT 0,
    "Discontinued" boolean DEFAULT false NOT NULL,
    "Desc" text,
    CONSTRAINT "PK_Products" PRIMARY KEY ("Product ID"),
    CONSTRAINT "CK_Products_UnitPrice" CHECK (("Unit Price" >= (0)::money)),
    CONSTRAINT "CK_ReorderLevel" CHECK (("Reorder Level" >= 0)),
    CONSTRAINT "CK_UnitsInStock" CHECK (("Units In Stock" >= 0))
);
CREATE INDEX "Product Name" ON "Products" ("Product Name" DESC NULLS LAST);

CREATE TABLE "Order" (
    "Order ID" integer NOT NULL,
    "Customer ID" character(5),
    "Employee ID" smallint,
    "Order Date" timestamp without time zone,
    "Shipped Date" timestamp without time zone,
    "Freight" money DEFAULT 0,
    "Ship Country" character varying(15),
    CONSTRAINT "PK_Orders" PRIMARY KEY ("Order ID"),
    CONSTRAINT "FK_Orders_Customers" FOREIGN KEY ("Customer ID") REFERENCES "Customers" ("Customer ID"),
    CONSTRAINT "FK_Orders_Employees" FOREIGN KEY ("Employee ID") REFERENCES "Employees" ("Employee ID")
);
CREATE INDEX "Shipped Date" ON "Order" ("Shipped Date" DESC NULLS LAST) WHERE ("Shipped Date" IS NOT NULL);

CREATE TABLE "Order Details" (
    "Order ID" integer NOT NULL,
    "Product ID" smallint NOT NULL,
    "Unit Price" money DEFAULT 0 NOT NULL,
    "Quantity" smallint DEFAULT 1 NOT NULL,
    "Discount" real DEFAULT 0 NOT NULL,
    CONSTRAINT "PK_Order_Details" PRIMARY KEY ("Order ID", "Product ID"),
    CONSTRAINT "CK_Discount" CHECK ((("Discount" >= (0)::double precision) AND ("Discount" <= (1)::double precision))),
    CONSTRAINT "CK_Quantity" CHECK (("Quantity" > 0)),
    CONSTRAINT "CK_UnitPrice" CHECK (("Unit Price" >= (0)::money)),
    CONSTRAINT "FK_Order_Details_Orders" FOREIGN KEY ("Order ID") REFERENCES "Order" ("Order ID") ON DELETE CASCADE,
    CONSTRAINT "FK_Order_Details_Products" FOREIGN KEY ("Product ID") REFERENCES "Products" ("Product ID")
);
COMMENT ON TABLE "Order Details" IS 'Line items. "Unit Price" is copied from Products at order time,
so later price changes don''t alter old orders.';
COMMENT ON COLUMN "Order Details"."Discount" IS 'Fraction, 0 to 1 (0.15 = 15 %)';
