-- A recorded consent or withdrawal is never changed (H2 has no PL/pgSQL: a Java trigger). Deleting stays possible,
-- for erasing a whole file.
CREATE TRIGGER profile_consent_no_update
    BEFORE UPDATE ON profile_consent
    FOR EACH ROW CALL 'nl.opstap.portfolio.ConsentUnchangeableTrigger';
