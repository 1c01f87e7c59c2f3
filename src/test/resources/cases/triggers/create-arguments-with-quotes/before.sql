CREATE TABLE notes (id bigint PRIMARY KEY, body text);
CREATE TABLE note_log (trigger_args text[]);
INSERT INTO notes VALUES (1, 'first');
