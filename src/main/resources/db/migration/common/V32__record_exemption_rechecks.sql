-- A re-check (herbeoordeling) of an exemption is recorded: the date it was done. The exemption then either
-- runs on with a new re-check date or ends. It is due again only when its re-check date lies after the last one.
ALTER TABLE exemption ADD COLUMN last_rechecked_on DATE;
