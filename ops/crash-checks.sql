-- Crash test (issue 10): after a kill -9 and a restart, nothing acknowledged is lost and nothing is half-written.
-- psql -v master=BASE64 -f ops/crash-checks.sql < acks.tsv  — one row per check: name | violations (0 = fine).
-- acks.tsv (standard input) holds the writes the server acknowledged (ops/WriteLoad.java); the clients themselves are checked
-- through the API by WriteLoad verify (the version is the ETag). master is the OPSTAP_MASTER_KEY the app ran with: the
-- processing log names a client by a keyed hash of its id (audit.ProcessingLog), recomputed here with pgcrypto
-- (installed in a schema of its own, crashcheck) to pair log entries with the data they logged.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE TEMP TABLE ack (kind VARCHAR(1), client_id UUID, item VARCHAR(64), value VARCHAR(200));
\copy ack FROM pstdin WITH (FORMAT text)
CREATE SCHEMA IF NOT EXISTS crashcheck;
CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA crashcheck;
CREATE TEMP TABLE subject AS
  SELECT c.id AS client_id, c.last_name LIKE 'Crash-%' AS from_load, c.created_by, left(encode(crashcheck.hmac(convert_to(c.id::text, 'UTF8'),
         crashcheck.hmac(convert_to('processing-log-subject', 'UTF8'), decode(:'master', 'base64'), 'sha256'), 'sha256'), 'hex'), 32) AS pseudonym
  FROM client c;
CREATE TEMP TABLE logged AS
  SELECT s.client_id, s.from_load, l.activity, l.action, count(*) AS entries
  FROM processing_log l JOIN subject s ON s.pseudonym = l.subject WHERE l.action IN ('CREATE', 'UPDATE')
  GROUP BY s.client_id, s.from_load, l.activity, l.action;
\pset footer off
SELECT check_name, violations FROM (
  -- Nothing committed is lost.
  SELECT 1 AS n, 'acknowledged ladder step lost' AS check_name, count(*) AS violations FROM ack a WHERE kind = 'F' AND NOT EXISTS (
      SELECT 1 FROM diagnosis_fact f WHERE f.id = a.item::uuid AND f.client_id = a.client_id AND f.kind = 'LADDER' AND f.fact_value = 'STEP_' || a.value)
  UNION ALL SELECT 2, 'acknowledged journal entry lost', count(*) FROM ack a WHERE kind = 'J' AND NOT EXISTS (
      SELECT 1 FROM journal_entry e JOIN journal_revision r ON r.entry_id = e.id AND r.revision_no = 1
      WHERE e.id = a.item::uuid AND e.client_id = a.client_id AND r.body = a.value)
  UNION ALL SELECT 3, 'acknowledged plan lost', count(*) FROM ack a WHERE kind = 'P' AND NOT EXISTS (
      SELECT 1 FROM plan p JOIN plan_version v ON v.plan_id = p.id WHERE p.id = a.item::uuid AND p.client_id = a.client_id)
  -- Nothing is half-written.
  UNION ALL SELECT 4, 'journal entry without all its revisions', count(*) FROM journal_entry e
      WHERE e.revisions <> (SELECT count(*) FROM journal_revision r WHERE r.entry_id = e.id)
         OR NOT EXISTS (SELECT 1 FROM journal_revision r WHERE r.entry_id = e.id AND r.revision_no = 1)
  UNION ALL SELECT 5, 'plan without its current version', count(*) FROM plan p
      WHERE p.current_version <> (SELECT max(version_no) FROM plan_version v WHERE v.plan_id = p.id)
         OR p.current_version IS DISTINCT FROM (SELECT count(*) FROM plan_version v WHERE v.plan_id = p.id)
  UNION ALL SELECT 6, 'plan open or closed but marked otherwise', count(*) FROM plan
      WHERE (upper(status) = 'AFGESLOTEN' AND open_client_id IS NOT NULL)
         OR (upper(status) <> 'AFGESLOTEN' AND open_client_id IS DISTINCT FROM client_id)
  UNION ALL SELECT 7, 'more than one current fact of a kind', count(*) FROM (
      SELECT client_id, kind FROM diagnosis_fact WHERE valid_to IS NULL AND corrected_at IS NULL
        AND kind IN ('SITUATION', 'PERSPECTIVE', 'LADDER', 'SECTORS') GROUP BY client_id, kind HAVING count(*) > 1) x
  UNION ALL SELECT 8, 'fact in another municipality than its client', count(*) FROM diagnosis_fact f JOIN client c ON c.id = f.client_id
      WHERE f.municipality_code <> c.municipality_code
  UNION ALL SELECT 9, 'sector fact without sectors', count(*) FROM diagnosis_fact f
      WHERE f.kind = 'SECTORS' AND NOT EXISTS (SELECT 1 FROM diagnosis_fact_sector s WHERE s.fact_id = f.id)
  UNION ALL SELECT 10, 'corrected fact without its replacement', count(*) FROM diagnosis_fact f
      WHERE f.corrected_at IS NOT NULL AND f.replaced_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM diagnosis_fact r WHERE r.id = f.replaced_by)
  UNION ALL SELECT 11, 'client with two current caseworkers', count(*) FROM (
      SELECT client_id FROM client_caseworker WHERE valid_to IS NULL GROUP BY client_id HAVING count(*) > 1) x
  UNION ALL SELECT 12, 'caseworker on the client differs from the current assignment', count(*) FROM client c
      WHERE c.caseworker_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM client_caseworker k WHERE k.client_id = c.id AND k.valid_to IS NULL AND k.caseworker_id = c.caseworker_id)
  UNION ALL SELECT 13, 'client with two current benefit statuses', count(*) FROM (
      SELECT client_id FROM client_benefit_status WHERE valid_to IS NULL GROUP BY client_id HAVING count(*) > 1) x
  -- The processing log: numbered without gaps, each entry chained to the one before, the head on the last one.
  -- (The hashes themselves are recomputed by the application: Beheer > Verwerkingslog > Controleren.)
  UNION ALL SELECT 14, 'processing log numbering has gaps', CASE WHEN count(*) = coalesce(max(seq), 0) THEN 0 ELSE 1 END FROM processing_log
  UNION ALL SELECT 15, 'processing log entry not chained to its predecessor', count(*) FROM (
      SELECT prev_hash, lag(hash, 1, repeat('0', 64)) OVER (ORDER BY seq) AS previous FROM processing_log) x WHERE prev_hash <> previous
  UNION ALL SELECT 16, 'processing log head not on the last entry', count(*) FROM processing_log_head h
      WHERE h.last_seq <> coalesce((SELECT max(seq) FROM processing_log), 0)
         OR h.last_hash <> coalesce((SELECT hash FROM processing_log WHERE seq = h.last_seq), repeat('0', 64))
  -- Every write of the load logged in the same transaction, and every logged write stored.
  UNION ALL SELECT 18, 'client of the load without its registration logged', count(*) FROM subject s WHERE s.from_load AND NOT EXISTS (
      SELECT 1 FROM logged g WHERE g.client_id = s.client_id AND g.activity = 'opstap-01' AND g.action = 'CREATE')
  UNION ALL SELECT 19, 'ladder steps and their log entries differ', count(*) FROM subject s WHERE s.from_load
      AND (SELECT count(*) FROM diagnosis_fact f WHERE f.client_id = s.client_id)
       <> coalesce((SELECT sum(entries) FROM logged g WHERE g.client_id = s.client_id AND g.activity = 'opstap-03'), 0)
  UNION ALL SELECT 20, 'journal entries and their log entries differ', count(*) FROM subject s WHERE s.from_load
      AND (SELECT count(*) FROM journal_entry e WHERE e.client_id = s.client_id)
       <> coalesce((SELECT sum(entries) FROM logged g WHERE g.client_id = s.client_id AND g.activity = 'opstap-06'), 0)
  UNION ALL SELECT 21, 'plans and their log entries differ', count(*) FROM subject s WHERE s.from_load
      AND (SELECT count(*) FROM plan p WHERE p.client_id = s.client_id)
       <> coalesce((SELECT sum(entries) FROM logged g WHERE g.client_id = s.client_id AND g.activity = 'opstap-04'), 0)
  UNION ALL SELECT 22, 'imported client without its import logged, or logged import without client', abs(
      (SELECT count(*) FROM subject s JOIN app_user u ON u.id = s.created_by WHERE u.username = 'beheer.igsd')
      - (SELECT count(DISTINCT client_id) FROM logged WHERE activity = 'opstap-16'))
  -- Migrations: every one applied successfully.
  UNION ALL SELECT 17, 'failed migration', count(*) FROM flyway_schema_history WHERE NOT success
) checks ORDER BY n;
