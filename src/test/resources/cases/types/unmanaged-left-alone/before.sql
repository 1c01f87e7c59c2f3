CREATE TABLE keep (id int PRIMARY KEY, h hand_made, s span);
INSERT INTO keep VALUES (1, ROW(1, 'x'), '[2026-01-01,2026-01-02)');
