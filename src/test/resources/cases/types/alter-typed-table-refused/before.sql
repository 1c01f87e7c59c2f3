INSERT INTO pairs VALUES (1, 'one');
