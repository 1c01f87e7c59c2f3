-- a domain named "\u3000e": the text reads as a typed literal of it
CREATE DOMAIN public."　e" AS text;
