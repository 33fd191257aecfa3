-- Retention of employers' contact persons (issue 10, ADR 0021): a contact person who left the company is anonymised
-- a configurable period after leaving (opstap.retention.contact-person). When they left is kept from now on; for those
-- who left before, their row's last change (the removal) is taken.
ALTER TABLE employer_contact ADD COLUMN inactive_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE employer_contact ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
UPDATE employer_contact SET inactive_since = COALESCE(updated_at, created_at) WHERE active = FALSE;
CREATE INDEX employer_contact_by_leaving ON employer_contact (inactive_since);

ALTER TABLE retention_run ADD COLUMN contact_persons_anonymised INTEGER DEFAULT 0 NOT NULL;
