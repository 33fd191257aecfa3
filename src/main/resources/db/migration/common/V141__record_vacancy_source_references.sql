-- The number a vacancy has in the system it was imported from (issue 9), so importing the same file again updates
-- the vacancy instead of adding it twice. Unique per employer; NULL for vacancies entered in Opstap.
ALTER TABLE vacancy ADD COLUMN source_reference VARCHAR(100);
CREATE UNIQUE INDEX vacancy_source_reference ON vacancy (employer_id, source_reference);
