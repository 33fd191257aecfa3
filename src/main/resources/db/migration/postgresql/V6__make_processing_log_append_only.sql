-- Entries of the processing log can never be changed or removed, whichever role connects.
CREATE FUNCTION processing_log_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'processing_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER processing_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON processing_log
    FOR EACH ROW EXECUTE FUNCTION processing_log_refuse_change();

CREATE TRIGGER processing_log_no_truncate
    BEFORE TRUNCATE ON processing_log
    FOR EACH STATEMENT EXECUTE FUNCTION processing_log_refuse_change();
