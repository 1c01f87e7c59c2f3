CREATE TABLE legacy_user (id bigint PRIMARY KEY, login text NOT NULL);
CREATE TABLE app_user (id bigint PRIMARY KEY, login text NOT NULL);
INSERT INTO legacy_user VALUES (1, 'ada'), (2, 'bob');
INSERT INTO app_user VALUES (1, 'ada');
CREATE VIEW legacy_login AS SELECT login FROM legacy_user;
CREATE VIEW user_login AS SELECT login FROM legacy_login UNION SELECT login FROM app_user;
