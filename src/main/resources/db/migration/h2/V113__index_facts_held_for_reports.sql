-- The same look-up as PostgreSQL's covering partial index (H2 has neither INCLUDE nor partial indexes).
CREATE INDEX diagnosis_fact_held ON diagnosis_fact (kind, municipality_code, valid_from, valid_to, fact_value);
