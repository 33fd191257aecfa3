-- Tabel I/II and the other reports count the facts of one kind that hold on a date in a few municipalities. This
-- covering partial index lets PostgreSQL answer that from the index alone (index-only scan), without reading the rows.
CREATE INDEX diagnosis_fact_held ON diagnosis_fact (kind, municipality_code, valid_from)
    INCLUDE (valid_to, fact_value, client_id) WHERE corrected_at IS NULL;
