-- Deleting from the processing log is refused except for entries at or below the newest anchor (V171): the prefix a
-- retention run recorded before removing it. Updates stay refused; anchors are never changed nor removed.
DROP TRIGGER processing_log_no_delete;

CREATE TRIGGER processing_log_no_delete
    BEFORE DELETE ON processing_log
    FOR EACH ROW CALL 'nl.opstap.audit.AnchoredPrefixTrigger';

CREATE TRIGGER processing_log_anchor_no_update
    BEFORE UPDATE ON processing_log_anchor
    FOR EACH ROW CALL 'nl.opstap.audit.AppendOnlyTrigger';

CREATE TRIGGER processing_log_anchor_no_delete
    BEFORE DELETE ON processing_log_anchor
    FOR EACH ROW CALL 'nl.opstap.audit.AppendOnlyTrigger';
