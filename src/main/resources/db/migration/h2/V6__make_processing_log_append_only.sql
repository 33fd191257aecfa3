-- Entries of the processing log can never be changed or removed (H2 has no PL/pgSQL: a Java trigger).
CREATE TRIGGER processing_log_no_update
    BEFORE UPDATE ON processing_log
    FOR EACH ROW CALL 'nl.opstap.audit.AppendOnlyTrigger';

CREATE TRIGGER processing_log_no_delete
    BEFORE DELETE ON processing_log
    FOR EACH ROW CALL 'nl.opstap.audit.AppendOnlyTrigger';
