CREATE TABLE ticket (
    code text PRIMARY KEY,
    title text NOT NULL
);
INSERT INTO ticket (code, title) VALUES ('7', 'seven'), ('007', 'seven again'), ('12', 'twelve'), (' 12', 'twelve, spaced'), ('40', 'forty');
