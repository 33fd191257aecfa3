-- Deleting from the processing log is refused except for entries at or below the newest anchor (V171): the prefix a
-- retention run recorded before removing it. Updates and TRUNCATE stay refused; anchors are never changed nor removed.
DROP TRIGGER processing_log_no_update_or_delete ON processing_log;

CREATE TRIGGER processing_log_no_update
    BEFORE UPDATE ON processing_log
    FOR EACH ROW EXECUTE FUNCTION processing_log_refuse_change();

CREATE FUNCTION processing_log_delete_anchored_prefix_only() RETURNS trigger AS $$
BEGIN
    IF OLD.seq <= (SELECT COALESCE(MAX(through_seq), 0) FROM processing_log_anchor) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'processing_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER processing_log_delete_anchored_prefix
    BEFORE DELETE ON processing_log
    FOR EACH ROW EXECUTE FUNCTION processing_log_delete_anchored_prefix_only();

CREATE TRIGGER processing_log_anchor_no_update_or_delete
    BEFORE UPDATE OR DELETE ON processing_log_anchor
    FOR EACH ROW EXECUTE FUNCTION processing_log_refuse_change();

CREATE TRIGGER processing_log_anchor_no_truncate
    BEFORE TRUNCATE ON processing_log_anchor
    FOR EACH STATEMENT EXECUTE FUNCTION processing_log_refuse_change();
