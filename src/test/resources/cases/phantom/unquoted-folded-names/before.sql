CREATE TABLE Users (
    ID BIGINT PRIMARY KEY,
    EMail TEXT NOT NULL,
    CONSTRAINT Users_EMail_Key UNIQUE (EMail)
);
CREATE INDEX Users_Lower_Email ON Users (LOWER(EMail));
