-- Issue 8: an EMPLOYER account acts for one employer (owned by the employer module), like client_id links a
-- JOB_SEEKER account to its own file. No foreign key across modules.
ALTER TABLE app_user ADD COLUMN employer_id UUID;
