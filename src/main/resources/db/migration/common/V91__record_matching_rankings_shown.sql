-- Matching (issue 5): the top 10 of every candidate list shown, for the exposure figures of the fairness report.
-- Only the group each candidate belongs to is kept (gender code, age band on the day shown), never who it was:
-- no client id, no name. list_id ties the positions of one list together.
CREATE TABLE matching_ranking_shown (
    id                 UUID        PRIMARY KEY,
    list_id            UUID        NOT NULL,
    shown_on           DATE        NOT NULL,
    municipality_code  VARCHAR(6)  NOT NULL REFERENCES municipality (code),
    position           SMALLINT    NOT NULL,
    gender             VARCHAR(10) NOT NULL,
    age_band           VARCHAR(10) NOT NULL,
    CONSTRAINT matching_ranking_shown_position CHECK (position BETWEEN 1 AND 10),
    CONSTRAINT matching_ranking_shown_once UNIQUE (list_id, position)
);
CREATE INDEX matching_ranking_shown_by_municipality ON matching_ranking_shown (municipality_code, shown_on);
