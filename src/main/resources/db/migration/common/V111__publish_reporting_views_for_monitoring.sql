-- The monitoring set and the target groups (issue 7, ADR 0013): one more published view, and indexes for the
-- monitoring set's period filters, so each figure reads only its period's rows of the municipalities asked for.

-- taxonomy: the names of the potential labour sectors (the default list has no organisation; an organisation's
-- own additions and renamings carry its id).
CREATE VIEW report_sector AS
    SELECT organisation_id, code, name FROM sector;

-- activity: participations that ran in a period (ended on or after its start, or still running) and those ended in it.
CREATE INDEX participation_by_municipality_and_end ON participation (municipality_code, actual_end);

-- placement: placements of one type started in a period or held on a date (work-experience places, sheltered work).
CREATE INDEX placement_by_municipality_type_and_start ON placement (municipality_code, placement_type, start_date);

-- employer: contact moments (and the mediations among them) in a period.
CREATE INDEX employer_moment_by_municipality_and_date ON employer_contact_moment (municipality_code, moment_date);
