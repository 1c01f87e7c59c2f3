-- create schema reporting: create
CREATE SCHEMA "reporting";
