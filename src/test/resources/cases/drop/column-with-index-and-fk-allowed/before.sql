CREATE TABLE team (id bigint PRIMARY KEY);
CREATE TABLE player (
    id bigint PRIMARY KEY,
    team_id bigint CONSTRAINT player_team_fk REFERENCES team (id),
    nickname text
);
CREATE INDEX player_team_idx ON player (team_id);
INSERT INTO team VALUES (1);
INSERT INTO player VALUES (1, 1, 'ace');
