-- Formation and budget (issue 7): caseload norms per perspective, fixed formation items and the cost per fte, managed
-- by an administrator per service organisation. Every change is a new row from a date (nothing is updated), so the
-- formation of any reference date uses the settings that held then, and the history shows who changed what.
CREATE TABLE formation_setting (
    id                UUID           PRIMARY KEY,
    organisation_id   UUID           NOT NULL REFERENCES service_organisation (id),
    kind              VARCHAR(10)    NOT NULL,
    code              VARCHAR(100)   NOT NULL,
    amount            DECIMAL(14, 2) NOT NULL,
    valid_from        DATE           NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by       UUID           NOT NULL,
    recorded_by_name  VARCHAR(200)   NOT NULL,
    CONSTRAINT formation_setting_kind CHECK (kind IN ('NORM', 'ITEM', 'FTE_COST')),
    CONSTRAINT formation_setting_amount CHECK (amount >= 0),
    CONSTRAINT formation_setting_once UNIQUE (organisation_id, kind, code, valid_from)
);

-- Budget scenarios shown side by side (e.g. the adopted budget against the plan's), each a list of amounts.
CREATE TABLE budget_scenario (
    id                UUID           PRIMARY KEY,
    organisation_id   UUID           NOT NULL REFERENCES service_organisation (id),
    name              VARCHAR(200)   NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by       UUID           NOT NULL,
    CONSTRAINT budget_scenario_name UNIQUE (organisation_id, name)
);
CREATE TABLE budget_line (
    scenario_id       UUID           NOT NULL REFERENCES budget_scenario (id),
    position          INTEGER        NOT NULL,
    label             VARCHAR(200)   NOT NULL,
    amount            DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (scenario_id, position)
);

-- Targets per year (or span of years) set against what was realised; municipality NULL = the whole organisation.
CREATE TABLE steering_target (
    id                UUID           PRIMARY KEY,
    organisation_id   UUID           NOT NULL REFERENCES service_organisation (id),
    municipality_code VARCHAR(6)     REFERENCES municipality (code),
    indicator         VARCHAR(30)    NOT NULL,
    year_from         INTEGER        NOT NULL,
    year_to           INTEGER        NOT NULL,
    target            INTEGER        NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by       UUID           NOT NULL,
    CONSTRAINT steering_target_years CHECK (year_to >= year_from),
    CONSTRAINT steering_target_positive CHECK (target >= 0)
);
CREATE INDEX steering_target_by_organisation ON steering_target (organisation_id, year_from);
