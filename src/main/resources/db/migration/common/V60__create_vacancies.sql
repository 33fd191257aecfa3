-- Vacancies of employers. A vacancy belongs to its employer's municipality (copied, so every query can take
-- the caller's scope without reading the employer module's tables). Skills: ESCO skill URIs or ids of the
-- organisation's own competences, each required or desired.
CREATE TABLE vacancy (
    id                 UUID         PRIMARY KEY,
    employer_id        UUID         NOT NULL,
    municipality_code  VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    title              VARCHAR(200) NOT NULL,
    occupation_uri     VARCHAR(300) NOT NULL,
    sector_code        VARCHAR(60)  NOT NULL,
    postcode           VARCHAR(6)   NOT NULL,
    hours_min          INTEGER      NOT NULL,
    hours_max          INTEGER      NOT NULL,
    start_date         DATE,
    publication_date   DATE         NOT NULL,
    closing_date       DATE,
    education_level    VARCHAR(20),
    driving_licence    BOOLEAN      NOT NULL,
    physical_demands   VARCHAR(20),
    afspraakbaan       BOOLEAN      NOT NULL,
    positions          INTEGER      NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER      NOT NULL,
    CONSTRAINT vacancy_hours CHECK (hours_min > 0 AND hours_min <= hours_max AND hours_max <= 60),
    CONSTRAINT vacancy_positions CHECK (positions BETWEEN 1 AND 100)
);
CREATE INDEX vacancy_by_municipality ON vacancy (municipality_code, status);
CREATE INDEX vacancy_by_employer ON vacancy (employer_id);

CREATE TABLE vacancy_skill (
    vacancy_id     UUID         NOT NULL REFERENCES vacancy (id),
    required       BOOLEAN      NOT NULL,
    skill_uri      VARCHAR(300),
    competence_id  UUID,
    position       INTEGER      NOT NULL,
    CONSTRAINT vacancy_skill_one CHECK ((skill_uri IS NULL AND competence_id IS NOT NULL) OR (skill_uri IS NOT NULL AND competence_id IS NULL))
);
CREATE INDEX vacancy_skill_by_vacancy ON vacancy_skill (vacancy_id);
