-- Contact persons and contact moments can be edited (optimistic locking, like employers). A contact person
-- who left the company is marked inactive when contact moments refer to them, otherwise removed.
ALTER TABLE employer_contact ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE employer_contact ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE employer_contact ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- The contact person spoken to (optional).
ALTER TABLE employer_contact_moment ADD COLUMN contact_id UUID;
ALTER TABLE employer_contact_moment ADD CONSTRAINT employer_moment_contact_fk FOREIGN KEY (contact_id) REFERENCES employer_contact (id);
ALTER TABLE employer_contact_moment ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE employer_contact_moment ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX employer_moment_by_contact ON employer_contact_moment (contact_id);
