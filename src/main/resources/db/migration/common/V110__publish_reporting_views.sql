-- Steering reports (issue 7, ADR 0013) read these views, never the tables behind them. Each view is the
-- published read contract of the module that owns its table (named in the comment); that module may change
-- its tables as long as it keeps its view. The views pass codes through unchanged (enum names).

-- client: the register, its benefit history and caseworker history.
CREATE VIEW report_client AS
    SELECT id AS client_id, municipality_code, date_of_birth, gender, education_level, refugee_status,
           civic_integration_required, work_limitation, target_group_register, caseworker_id, partner_id
    FROM client;
CREATE VIEW report_benefit AS
    SELECT client_id, status, valid_from, valid_to FROM client_benefit_status;
CREATE VIEW report_caseworker AS
    SELECT client_id, caseworker_id, valid_from, valid_to FROM client_caseworker;

-- diagnosis: facts as known now (corrections applied).
CREATE VIEW report_fact AS
    SELECT id AS fact_id, client_id, municipality_code, kind, fact_value, valid_from, valid_to
    FROM diagnosis_fact WHERE corrected_at IS NULL;
CREATE VIEW report_fact_sector AS
    SELECT fact_id, sector_code FROM diagnosis_fact_sector;

-- activity: participations with their instrument and dropout reason.
CREATE VIEW report_participation AS
    SELECT p.id AS participation_id, p.client_id, p.municipality_code, a.kind AS activity_kind, a.name AS activity_name,
           p.start_date, p.planned_end, p.actual_end, p.result, r.name AS dropout_reason
    FROM participation p JOIN activity a ON a.id = p.activity_id
    LEFT JOIN dropout_reason r ON r.id = p.dropout_reason_id;

-- placement: placements, outflows and re-entries.
CREATE VIEW report_placement AS
    SELECT id AS placement_id, client_id, municipality_code, placement_type, employer_id, start_date, end_date
    FROM placement;
CREATE VIEW report_outflow AS
    SELECT id AS outflow_id, client_id, municipality_code, outflow_date, reason, extent, placement_id FROM outflow;
CREATE VIEW report_re_entry AS
    SELECT client_id, municipality_code, re_entry_date, outflow_id, revolving_door FROM re_entry;

-- employer: the branch (SBI section) of an employer and the mediations that came from contact moments.
CREATE VIEW report_employer AS
    SELECT id AS employer_id, sbi_section FROM employer;
CREATE VIEW report_mediation AS
    SELECT id AS moment_id, municipality_code, moment_date, mediation_client AS client_id
    FROM employer_contact_moment WHERE mediation;
