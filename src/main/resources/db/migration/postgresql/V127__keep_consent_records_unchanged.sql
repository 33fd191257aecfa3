-- A recorded consent or withdrawal is never changed, whichever role connects. Deleting stays possible, for erasing a
-- whole file.
CREATE FUNCTION profile_consent_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'profile_consent rows are never changed';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER profile_consent_no_update
    BEFORE UPDATE ON profile_consent
    FOR EACH ROW EXECUTE FUNCTION profile_consent_refuse_change();
