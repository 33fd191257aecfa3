-- The worklists read the follow-up contacts due in a short window across a caseload; this finds them without a scan.
CREATE INDEX follow_up_by_due_date ON follow_up (due_on, held_on);
