-- create table public.Album: create (3 columns)
CREATE TABLE "public"."Album" (
    "AlbumId" integer NOT NULL,
    "Title" character varying(160) NOT NULL,
    "ArtistId" integer NOT NULL,
    CONSTRAINT "PK_Album" PRIMARY KEY ("AlbumId")
);
-- create table public.Artist: create (2 columns)
CREATE TABLE "public"."Artist" (
    "ArtistId" integer NOT NULL,
    "Name" character varying(120),
    CONSTRAINT "PK_Artist" PRIMARY KEY ("ArtistId")
);
-- create table public.Customer: create (13 columns)
CREATE TABLE "public"."Customer" (
    "CustomerId" integer NOT NULL,
    "FirstName" character varying(40) NOT NULL,
    "LastName" character varying(20) NOT NULL,
    "Company" character varying(80),
    "Address" character varying(70),
    "City" character varying(40),
    "State" character varying(40),
    "Country" character varying(40),
    "PostalCode" character varying(10),
    "Phone" character varying(24),
    "Fax" character varying(24),
    "Email" character varying(60) NOT NULL,
    "SupportRepId" integer,
    CONSTRAINT "PK_Customer" PRIMARY KEY ("CustomerId")
);
-- create table public.Employee: create (15 columns)
CREATE TABLE "public"."Employee" (
    "EmployeeId" integer NOT NULL,
    "LastName" character varying(20) NOT NULL,
    "FirstName" character varying(20) NOT NULL,
    "Title" character varying(30),
    "ReportsTo" integer,
    "BirthDate" timestamp without time zone,
    "HireDate" timestamp without time zone,
    "Address" character varying(70),
    "City" character varying(40),
    "State" character varying(40),
    "Country" character varying(40),
    "PostalCode" character varying(10),
    "Phone" character varying(24),
    "Fax" character varying(24),
    "Email" character varying(60),
    CONSTRAINT "PK_Employee" PRIMARY KEY ("EmployeeId")
);
-- create table public.Genre: create (2 columns)
CREATE TABLE "public"."Genre" (
    "GenreId" integer NOT NULL,
    "Name" character varying(120),
    CONSTRAINT "PK_Genre" PRIMARY KEY ("GenreId")
);
-- create table public.Invoice: create (9 columns)
CREATE TABLE "public"."Invoice" (
    "InvoiceId" integer NOT NULL,
    "CustomerId" integer NOT NULL,
    "InvoiceDate" timestamp without time zone NOT NULL,
    "BillingAddress" character varying(70),
    "BillingCity" character varying(40),
    "BillingState" character varying(40),
    "BillingCountry" character varying(40),
    "BillingPostalCode" character varying(10),
    "Total" numeric(10,2) NOT NULL,
    CONSTRAINT "PK_Invoice" PRIMARY KEY ("InvoiceId")
);
-- create table public.InvoiceLine: create (5 columns)
CREATE TABLE "public"."InvoiceLine" (
    "InvoiceLineId" integer NOT NULL,
    "InvoiceId" integer NOT NULL,
    "TrackId" integer NOT NULL,
    "UnitPrice" numeric(10,2) NOT NULL,
    "Quantity" integer NOT NULL,
    CONSTRAINT "PK_InvoiceLine" PRIMARY KEY ("InvoiceLineId")
);
-- create table public.MediaType: create (2 columns)
CREATE TABLE "public"."MediaType" (
    "MediaTypeId" integer NOT NULL,
    "Name" character varying(120),
    CONSTRAINT "PK_MediaType" PRIMARY KEY ("MediaTypeId")
);
-- create table public.Playlist: create (2 columns)
CREATE TABLE "public"."Playlist" (
    "PlaylistId" integer NOT NULL,
    "Name" character varying(120),
    CONSTRAINT "PK_Playlist" PRIMARY KEY ("PlaylistId")
);
-- create table public.PlaylistTrack: create (2 columns)
CREATE TABLE "public"."PlaylistTrack" (
    "PlaylistId" integer NOT NULL,
    "TrackId" integer NOT NULL,
    CONSTRAINT "PK_PlaylistTrack" PRIMARY KEY ("PlaylistId", "TrackId")
);
-- create table public.Track: create (9 columns)
CREATE TABLE "public"."Track" (
    "TrackId" integer NOT NULL,
    "Name" character varying(200) NOT NULL,
    "AlbumId" integer,
    "MediaTypeId" integer NOT NULL,
    "GenreId" integer,
    "Composer" character varying(220),
    "Milliseconds" integer NOT NULL,
    "Bytes" integer,
    "UnitPrice" numeric(10,2) NOT NULL,
    CONSTRAINT "PK_Track" PRIMARY KEY ("TrackId")
);
-- create index public.Album.IFK_AlbumArtistId: create
CREATE INDEX "IFK_AlbumArtistId" ON "public"."Album" USING "btree" ("ArtistId");
-- create index public.Customer.IFK_CustomerSupportRepId: create
CREATE INDEX "IFK_CustomerSupportRepId" ON "public"."Customer" USING "btree" ("SupportRepId");
-- create index public.Employee.IFK_EmployeeReportsTo: create
CREATE INDEX "IFK_EmployeeReportsTo" ON "public"."Employee" USING "btree" ("ReportsTo");
-- create index public.Invoice.IFK_InvoiceCustomerId: create
CREATE INDEX "IFK_InvoiceCustomerId" ON "public"."Invoice" USING "btree" ("CustomerId");
-- create index public.InvoiceLine.IFK_InvoiceLineInvoiceId: create
CREATE INDEX "IFK_InvoiceLineInvoiceId" ON "public"."InvoiceLine" USING "btree" ("InvoiceId");
-- create index public.InvoiceLine.IFK_InvoiceLineTrackId: create
CREATE INDEX "IFK_InvoiceLineTrackId" ON "public"."InvoiceLine" USING "btree" ("TrackId");
-- create index public.PlaylistTrack.IFK_PlaylistTrackPlaylistId: create
CREATE INDEX "IFK_PlaylistTrackPlaylistId" ON "public"."PlaylistTrack" USING "btree" ("PlaylistId");
-- create index public.PlaylistTrack.IFK_PlaylistTrackTrackId: create
CREATE INDEX "IFK_PlaylistTrackTrackId" ON "public"."PlaylistTrack" USING "btree" ("TrackId");
-- create index public.Track.IFK_TrackAlbumId: create
CREATE INDEX "IFK_TrackAlbumId" ON "public"."Track" USING "btree" ("AlbumId");
-- create index public.Track.IFK_TrackGenreId: create
CREATE INDEX "IFK_TrackGenreId" ON "public"."Track" USING "btree" ("GenreId");
-- create index public.Track.IFK_TrackMediaTypeId: create
CREATE INDEX "IFK_TrackMediaTypeId" ON "public"."Track" USING "btree" ("MediaTypeId");
-- create constraint public.Album.FK_AlbumArtistId: add foreign key (ArtistId) → public.Artist(ArtistId)
ALTER TABLE "public"."Album" ADD CONSTRAINT "FK_AlbumArtistId" FOREIGN KEY ("ArtistId") REFERENCES "public"."Artist" ("ArtistId");
-- create constraint public.Customer.FK_CustomerSupportRepId: add foreign key (SupportRepId) → public.Employee(EmployeeId)
ALTER TABLE "public"."Customer" ADD CONSTRAINT "FK_CustomerSupportRepId" FOREIGN KEY ("SupportRepId") REFERENCES "public"."Employee" ("EmployeeId");
-- create constraint public.Employee.FK_EmployeeReportsTo: add foreign key (ReportsTo) → public.Employee(EmployeeId)
ALTER TABLE "public"."Employee" ADD CONSTRAINT "FK_EmployeeReportsTo" FOREIGN KEY ("ReportsTo") REFERENCES "public"."Employee" ("EmployeeId");
-- create constraint public.Invoice.FK_InvoiceCustomerId: add foreign key (CustomerId) → public.Customer(CustomerId)
ALTER TABLE "public"."Invoice" ADD CONSTRAINT "FK_InvoiceCustomerId" FOREIGN KEY ("CustomerId") REFERENCES "public"."Customer" ("CustomerId");
-- create constraint public.InvoiceLine.FK_InvoiceLineInvoiceId: add foreign key (InvoiceId) → public.Invoice(InvoiceId)
ALTER TABLE "public"."InvoiceLine" ADD CONSTRAINT "FK_InvoiceLineInvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "public"."Invoice" ("InvoiceId");
-- create constraint public.InvoiceLine.FK_InvoiceLineTrackId: add foreign key (TrackId) → public.Track(TrackId)
ALTER TABLE "public"."InvoiceLine" ADD CONSTRAINT "FK_InvoiceLineTrackId" FOREIGN KEY ("TrackId") REFERENCES "public"."Track" ("TrackId");
-- create constraint public.PlaylistTrack.FK_PlaylistTrackPlaylistId: add foreign key (PlaylistId) → public.Playlist(PlaylistId)
ALTER TABLE "public"."PlaylistTrack" ADD CONSTRAINT "FK_PlaylistTrackPlaylistId" FOREIGN KEY ("PlaylistId") REFERENCES "public"."Playlist" ("PlaylistId");
-- create constraint public.PlaylistTrack.FK_PlaylistTrackTrackId: add foreign key (TrackId) → public.Track(TrackId)
ALTER TABLE "public"."PlaylistTrack" ADD CONSTRAINT "FK_PlaylistTrackTrackId" FOREIGN KEY ("TrackId") REFERENCES "public"."Track" ("TrackId");
-- create constraint public.Track.FK_TrackAlbumId: add foreign key (AlbumId) → public.Album(AlbumId)
ALTER TABLE "public"."Track" ADD CONSTRAINT "FK_TrackAlbumId" FOREIGN KEY ("AlbumId") REFERENCES "public"."Album" ("AlbumId");
-- create constraint public.Track.FK_TrackGenreId: add foreign key (GenreId) → public.Genre(GenreId)
ALTER TABLE "public"."Track" ADD CONSTRAINT "FK_TrackGenreId" FOREIGN KEY ("GenreId") REFERENCES "public"."Genre" ("GenreId");
-- create constraint public.Track.FK_TrackMediaTypeId: add foreign key (MediaTypeId) → public.MediaType(MediaTypeId)
ALTER TABLE "public"."Track" ADD CONSTRAINT "FK_TrackMediaTypeId" FOREIGN KEY ("MediaTypeId") REFERENCES "public"."MediaType" ("MediaTypeId");
