-- Potential labour sectors (domain.md §3): a default list for every organisation (organisation_id NULL),
-- which an organisation's administrator extends, renames or deactivates by code for their own organisation.
CREATE TABLE sector (
    id               UUID         PRIMARY KEY,
    organisation_id  UUID         REFERENCES service_organisation (id),
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    active           BOOLEAN      NOT NULL,
    position         INTEGER      NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by       UUID
);
CREATE UNIQUE INDEX sector_code_per_organisation ON sector (organisation_id, code);
CREATE INDEX sector_code ON sector (code);

INSERT INTO sector (id, organisation_id, code, name, active, position, changed_at) VALUES
    ('5ec70000-0000-4000-8000-000000000001', NULL, 'PRODUCTIE', 'Productie/uitvoerend', TRUE, 1, CURRENT_TIMESTAMP),
    ('5ec70000-0000-4000-8000-000000000002', NULL, 'DIENSTVERLENING', 'Dienstverlening (schoonmaak/post/gebouwenbeheer)', TRUE, 2, CURRENT_TIMESTAMP),
    ('5ec70000-0000-4000-8000-000000000003', NULL, 'DETAILHANDEL', 'Detailhandel', TRUE, 3, CURRENT_TIMESTAMP),
    ('5ec70000-0000-4000-8000-000000000004', NULL, 'HORECA', 'Horeca/catering', TRUE, 4, CURRENT_TIMESTAMP),
    ('5ec70000-0000-4000-8000-000000000005', NULL, 'ZORG', 'Zorg/medisch/ondersteunend niet-medisch', TRUE, 5, CURRENT_TIMESTAMP),
    ('5ec70000-0000-4000-8000-000000000006', NULL, 'LOGISTIEK', 'Logistiek', TRUE, 6, CURRENT_TIMESTAMP),
    ('5ec70000-0000-4000-8000-000000000007', NULL, 'BOUW', 'Bouw', TRUE, 7, CURRENT_TIMESTAMP),
    ('5ec70000-0000-4000-8000-000000000008', NULL, 'TECHNIEK', 'Techniek', TRUE, 8, CURRENT_TIMESTAMP),
    ('5ec70000-0000-4000-8000-000000000009', NULL, 'GROEN', 'Groen', TRUE, 9, CURRENT_TIMESTAMP),
    ('5ec70000-0000-4000-8000-000000000010', NULL, 'FACILITAIR', 'Zorg/facilitair', TRUE, 10, CURRENT_TIMESTAMP);
