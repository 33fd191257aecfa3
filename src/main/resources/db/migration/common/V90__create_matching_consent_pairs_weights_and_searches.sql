-- Matching (issue 5). The client's consent: to be proposed by matching at all, and to have personal data shared
-- with employers (needed before a client is put forward, voorgedragen).
CREATE TABLE matching_consent (
    client_id            UUID        PRIMARY KEY REFERENCES client (id),
    municipality_code    VARCHAR(6)  NOT NULL REFERENCES municipality (code),
    matching             BOOLEAN     NOT NULL,
    share_with_employers BOOLEAN     NOT NULL,
    recorded_on          DATE        NOT NULL,
    recorded_by          UUID        NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER     NOT NULL
);

-- Skills and competences of a client as the caseworker records them: an ESCO skill (esco:<uri>) or one of the
-- organisation's competences (competentie:<uuid>). ESCO skills of experience occupations are added by the index.
CREATE TABLE matching_candidate_skill (
    client_id          UUID         NOT NULL REFERENCES client (id),
    skill_key          VARCHAR(300) NOT NULL,
    municipality_code  VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    PRIMARY KEY (client_id, skill_key)
);

-- The weights of the criteria, one row, tuned by an administrator; every change is kept.
CREATE TABLE matching_weights (
    id               UUID         PRIMARY KEY,
    occupation       DECIMAL(4,2) NOT NULL,
    required_skills  DECIMAL(4,2) NOT NULL,
    desired_skills   DECIMAL(4,2) NOT NULL,
    sector           DECIMAL(4,2) NOT NULL,
    education        DECIMAL(4,2) NOT NULL,
    experience       DECIMAL(4,2) NOT NULL,
    test_result      DECIMAL(4,2) NOT NULL,
    ladder_step      DECIMAL(4,2) NOT NULL,
    distance         DECIMAL(4,2) NOT NULL,
    changed_by       UUID,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX matching_weights_by_time ON matching_weights (changed_at);

-- A candidate–vacancy pair a person decides on, and each step with who, when, why and the breakdown shown.
CREATE TABLE matching_pair (
    id                 UUID         PRIMARY KEY,
    client_id          UUID         NOT NULL REFERENCES client (id),
    vacancy_id         UUID         NOT NULL REFERENCES vacancy (id),
    municipality_code  VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    status             VARCHAR(20)  NOT NULL,
    proposed_on        DATE         NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER      NOT NULL,
    CONSTRAINT matching_pair_once UNIQUE (client_id, vacancy_id)
);
CREATE INDEX matching_pair_by_vacancy ON matching_pair (vacancy_id);
CREATE INDEX matching_pair_by_municipality ON matching_pair (municipality_code, proposed_on);

CREATE TABLE matching_pair_step (
    id           UUID          PRIMARY KEY,
    pair_id      UUID          NOT NULL REFERENCES matching_pair (id),
    status       VARCHAR(20)   NOT NULL,
    reason       VARCHAR(1000),
    score        DECIMAL(8,3),
    breakdown    VARCHAR(4000) NOT NULL,
    decided_by   UUID          NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX matching_pair_step_by_pair ON matching_pair_step (pair_id, decided_at);

-- A search with filters, kept by its owner and optionally shared with the team: everyone who
-- matches in the search's municipality.
CREATE TABLE matching_saved_search (
    id               UUID         PRIMARY KEY,
    municipality_code VARCHAR(6)  NOT NULL REFERENCES municipality (code),
    owner_id         UUID         NOT NULL,
    name             VARCHAR(100) NOT NULL,
    direction        VARCHAR(20)  NOT NULL,
    shared           BOOLEAN      NOT NULL,
    filters          VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX matching_saved_search_by_municipality ON matching_saved_search (municipality_code);
