-- a domain named "\u20ace": the text reads as a typed literal of it
CREATE DOMAIN public."€e" AS text;
