-- Synthetic population for the report benchmark (bench/reports.sh --generate): 1,000,000 clients over the four demo
-- municipalities and their histories 2015–2026 (~22 million history rows), added beside the demo data that the app
-- loaded with the demo profile. A benchmark fixture in plain SQL, not application code.
--
-- Run with psql against opstap_reports_bench right after the app created the schema and the demo data:
--   psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -d opstap_reports_bench -f bench/reports-generate.sql
--
-- How: per-client parameters first (UNLOGGED staging tables in schema bench, dropped at the end), then one
-- INSERT … SELECT per table, sorted as a live register would have written them over the years (by date), so the
-- four municipalities are interleaved on disk. random() is seeded (setseed) and the plans are serial, so a rerun
-- gives the same shapes and values; only the UUIDs (gen_random_uuid) differ.
-- Speed: the app's secondary indexes on the loaded tables are dropped and recreated afterwards from their saved
-- definitions (identical; the script checks), primary keys and unique constraints stay in place. Foreign keys stay
-- declared, but their per-row triggers are skipped (session_replication_role = replica); the data is consistent by
-- construction and the anti-joins at the end count every orphan (must be 0).
-- BSN: bsn_index is a unique placeholder hash per client; bsn_cipher is borrowed from a demo client, because the app
-- decrypts it whenever it loads a whole client (a placeholder text makes the demo loaders' start-up check fail).
-- Values use the codes the app stores (enum names: FactKind, CurrentSituation, Perspective, LadderStep, BenefitStatus,
-- PlacementType, ContractType, OutflowReason, OutflowExtent, ParticipationResult, Gender, EducationLevel, ...).

\set ON_ERROR_STOP 1
-- The number of clients (a smaller one for a quick try: psql -v clients=10000 ...).
\if :{?clients}
\else
\set clients 1000000
\endif
\timing on
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';
SET max_parallel_workers_per_gather = 0;      -- serial plans: random() draws in a fixed order (and one core)
SET max_parallel_maintenance_workers = 0;
SET session_replication_role = replica;       -- no per-row FK triggers during the load (checked at the end)
SET client_min_messages = warning;
SELECT setseed(0.20181115) \gset

DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- The end of the simulated history (fixed, so a rerun is the same whatever today is).
CREATE FUNCTION bench.e() RETURNS date LANGUAGE sql IMMUTABLE AS $$ SELECT date '2026-10-31' $$;
-- A random element of an array.
CREATE FUNCTION bench.pick(anyarray) RETURNS anyelement LANGUAGE sql VOLATILE AS
    $$ SELECT $1[1 + floor(random() * cardinality($1))::int] $$;

-- ---------------------------------------------------------------------------------------------------------------
\echo 'reference data from the demo'
-- Reference data from the demo: caseworkers, jobcoach, activities, dropout reasons, employers, addresses, names, texts.
-- Small arrays only, stored plain (a compressed or out-of-line array would be unpacked again for every row that reads it).
CREATE UNLOGGED TABLE bench.m (mun text PRIMARY KEY, org uuid, cws uuid[], cw_names text[], jobcoach uuid, acts uuid[], act_weeks int[],
                               act_names text[], drops uuid[], emps uuid[], n_addr int);
ALTER TABLE bench.m ALTER cws SET STORAGE PLAIN, ALTER cw_names SET STORAGE PLAIN, ALTER acts SET STORAGE PLAIN,
    ALTER act_weeks SET STORAGE PLAIN, ALTER act_names SET STORAGE PLAIN, ALTER drops SET STORAGE PLAIN, ALTER emps SET STORAGE PLAIN;
INSERT INTO bench.m
SELECT m.code, m.organisation_id,
       (SELECT array_agg(u.id ORDER BY u.username) FROM app_user u JOIN user_role r ON r.user_id = u.id
         WHERE r.role = 'CASEWORKER' AND r.municipality_code = m.code),
       (SELECT array_agg(u.display_name ORDER BY u.username) FROM app_user u JOIN user_role r ON r.user_id = u.id
         WHERE r.role = 'CASEWORKER' AND r.municipality_code = m.code),
       (SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id
         WHERE r.role = 'JOBCOACH' AND r.municipality_code = m.code ORDER BY u.username LIMIT 1),
       (SELECT array_agg(a.id ORDER BY a.name) FROM activity a WHERE a.organisation_id = m.organisation_id),
       (SELECT array_agg(coalesce(a.duration_weeks, 12) ORDER BY a.name) FROM activity a WHERE a.organisation_id = m.organisation_id),
       (SELECT array_agg(a.name ORDER BY a.name) FROM activity a WHERE a.organisation_id = m.organisation_id),
       (SELECT array_agg(d.id ORDER BY d.name) FROM dropout_reason d WHERE d.organisation_id = m.organisation_id),
       (SELECT array_agg(e.id ORDER BY e.name) FROM employer e WHERE e.municipality_code = m.code),
       0
  FROM municipality m
 WHERE m.code IN ('GM1708', 'GM1701', 'GM0037', 'GM0047');

-- Addresses and names as numbered rows, picked by a join on a random number.
CREATE UNLOGGED TABLE bench.addr AS
SELECT mun, (row_number() OVER (PARTITION BY mun ORDER BY street, postcode, city))::int AS i, street, postcode, city
  FROM (SELECT DISTINCT municipality_code AS mun, street, postcode, city FROM client WHERE street IS NOT NULL AND city IS NOT NULL) d;
UPDATE bench.m SET n_addr = (SELECT count(*) FROM bench.addr a WHERE a.mun = bench.m.mun);
CREATE UNLOGGED TABLE bench.first_name AS
SELECT (row_number() OVER (ORDER BY name))::int AS i, name
  FROM (SELECT DISTINCT first_names AS name FROM client WHERE first_names ~ '^[A-Za-z'' -]+$') d;
CREATE UNLOGGED TABLE bench.last_name AS
SELECT (row_number() OVER (ORDER BY name))::int AS i, name
  FROM (SELECT DISTINCT last_name AS name FROM client WHERE last_name ~ '^[A-Za-z'' -]+$') d;
-- BSN ciphers of demo clients: the app decrypts a client's BSN whenever it loads the whole client (AES-GCM under the
-- demo master key, which SQL cannot produce), so each generated client borrows one; its own bsn_index stays unique.
CREATE UNLOGGED TABLE bench.cipher AS
SELECT (row_number() OVER (ORDER BY bsn_cipher))::int AS i, bsn_cipher FROM client;
CREATE UNLOGGED TABLE bench.infix AS
SELECT (row_number() OVER (ORDER BY name))::int AS i, name FROM (SELECT DISTINCT infix AS name FROM client WHERE infix ~ '^[a-z'' ]+$') d;

DO $$
BEGIN
    IF (SELECT count(*) FROM bench.m WHERE cardinality(cws) > 0 AND cardinality(acts) > 0 AND cardinality(drops) > 0
                                          AND cardinality(emps) > 0 AND n_addr > 0 AND jobcoach IS NOT NULL) <> 4
       OR NOT EXISTS (SELECT 1 FROM bench.first_name) OR NOT EXISTS (SELECT 1 FROM bench.last_name) OR NOT EXISTS (SELECT 1 FROM bench.infix)
       OR NOT EXISTS (SELECT 1 FROM bench.cipher) THEN
        RAISE EXCEPTION 'the demo data (municipalities, caseworkers, activities, employers, addresses) is missing';
    END IF;
END $$;

CREATE UNLOGGED TABLE bench.t (correction_reasons text[], end_reasons text[], outcomes text[], signal_outcomes text[], sectors text[]);
ALTER TABLE bench.t ALTER correction_reasons SET STORAGE PLAIN, ALTER end_reasons SET STORAGE PLAIN, ALTER outcomes SET STORAGE PLAIN,
    ALTER signal_outcomes SET STORAGE PLAIN, ALTER sectors SET STORAGE PLAIN;
INSERT INTO bench.t
SELECT coalesce((SELECT array_agg(DISTINCT correction_reason ORDER BY correction_reason) FROM diagnosis_fact
                  WHERE correction_reason IS NOT NULL), ARRAY['Verkeerd overgenomen uit het intakeverslag']),
       coalesce((SELECT array_agg(DISTINCT end_reason ORDER BY end_reason) FROM placement WHERE end_reason IS NOT NULL),
                ARRAY['Contract afgelopen']),
       coalesce((SELECT array_agg(DISTINCT outcome ORDER BY outcome) FROM follow_up WHERE outcome IS NOT NULL AND NOT signal),
                ARRAY['Gaat goed.']),
       coalesce((SELECT array_agg(DISTINCT outcome ORDER BY outcome) FROM follow_up WHERE outcome IS NOT NULL AND signal),
                ARRAY['Zorgen over de motivatie.']),
       ARRAY['PRODUCTIE', 'DIENSTVERLENING', 'DETAILHANDEL', 'HORECA', 'ZORG', 'LOGISTIEK', 'BOUW', 'TECHNIEK', 'GROEN', 'FACILITAIR'];

CREATE UNLOGGED TABLE bench.why (placement_type text, texts text[]);
ALTER TABLE bench.why ALTER texts SET STORAGE PLAIN;
INSERT INTO bench.why
SELECT placement_type, array_agg(DISTINCT why_not_higher ORDER BY why_not_higher)
  FROM placement WHERE why_not_higher IS NOT NULL GROUP BY placement_type;

-- ---------------------------------------------------------------------------------------------------------------
\echo 'per-client parameters'
-- One row per client with everything later steps need. n 1..1,000,000; municipality by block of n (40/15/30/15 %);
-- couples are n ≡ 1 and 2 (mod 24), ~8.3 %, the second one with benefit status PARTNER.
CREATE UNLOGGED TABLE bench.c AS
WITH base AS MATERIALIZED (
    SELECT n,
           CASE WHEN n <= 0.40 * :clients THEN 'GM1708' WHEN n <= 0.55 * :clients THEN 'GM1701' WHEN n <= 0.85 * :clients THEN 'GM0037'
                ELSE 'GM0047' END AS mun,
           gen_random_uuid() AS id, gen_random_uuid() AS p1_id, gen_random_uuid() AS p2_id, gen_random_uuid() AS o_id,
           date '1958-01-01' + floor(random() * (date '2007-12-31' - date '1958-01-01' + 1))::int AS dob,
           -- a quarter is the caseload already there when the register started (first half of 2015), the rest came later
           CASE WHEN random() < 0.25 THEN date '2015-01-01' + floor(random() * 181)::int
                ELSE date '2015-01-01' + floor(random() * (date '2025-12-31' - date '2015-01-01'))::int END AS s_raw,
           (ARRAY['MALE', 'FEMALE', 'OTHER', 'UNKNOWN'])[width_bucket(random(), ARRAY[0, 0.52, 0.995, 0.998]::float8[])] AS gender,
           (ARRAY[NULL, 'NONE', 'PRIMARY', 'VMBO', 'MBO_1', 'MBO_2', 'MBO_3', 'MBO_4', 'HAVO', 'VWO', 'HBO', 'WO'])
               [width_bucket(random(), ARRAY[0, .05, .14, .25, .47, .56, .72, .81, .88, .91, .93, .97]::float8[])] AS edu,
           random() < 0.11 AS refugee, random() AS r_civic, random() < 0.15 AS work_limitation, random() AS r_tgr,
           random() < 0.04 AS special_education, random() < 0.03 AS wajong, random() AS r_lang,
           (ARRAY[NULL, NULL, NULL, NULL, 8, 12, 16, 20, 24, 32, 36, 40])[1 + floor(random() * 12)::int] AS hours,
           random() AS r_avail, random() < 0.46 AS licence, random() < 0.60 AS transport,
           (ARRAY[NULL, NULL, 5, 10, 15, 25, 40])[1 + floor(random() * 7)::int] AS travel,
           (ARRAY[NULL, NULL, 'LOW', 'MEDIUM', 'HIGH'])[1 + floor(random() * 5)::int] AS physical,
           (ARRAY[NULL, NULL, 'LOW', 'MEDIUM', 'HIGH'])[1 + floor(random() * 5)::int] AS mental,
           random() AS r_first, random() AS r_last, random() AS r_bsn, random() AS r_infix, random() AS r_addr, 1 + floor(random() * 250)::int AS house,
           floor(random() * 100000000)::int AS phone, random() < 0.6 AS has_email,
           random() AS r_cw, random() < 0.20 AS cw_changed, random() AS r_cw_date,
           CASE WHEN n % 24 = 2 THEN 'PARTNER' WHEN random() < 0.05 THEN 'NON_RECIPIENT' ELSE 'RECIPIENT' END AS ps,
           random() < 0.15 AS status_changed, random() AS r_bc,
           -- placements: none 57.5 %, one 35 %, two 7.5 % (0.5 per client), types as in the demo
           width_bucket(random(), ARRAY[0, 0.575, 0.925]::float8[]) - 1 AS np,
           (ARRAY['REGULAR_WORK', 'WORK_EXPERIENCE', 'DAY_ACTIVITIES', 'SECONDMENT', 'AFSPRAAKBAAN', 'EDUCATION', 'SHELTERED_WORK'])
               [width_bucket(random(), ARRAY[0, .38, .57, .70, .81, .88, .94]::float8[])] AS pt1,
           (ARRAY['REGULAR_WORK', 'WORK_EXPERIENCE', 'DAY_ACTIVITIES', 'SECONDMENT', 'AFSPRAAKBAAN', 'EDUCATION', 'SHELTERED_WORK'])
               [width_bucket(random(), ARRAY[0, .38, .57, .70, .81, .88, .94]::float8[])] AS pt2,
           random() AS r_p1, random() AS r_end1_ended, random() AS r_end1, random() AS r_p2, random() AS r_end2_ended, random() AS r_end2,
           random() AS r_linked, random() AS r_odelay, random() AS r_extent, random() AS r_other, random() AS r_other_date,
           (ARRAY['MOVED', 'PARTNER', 'OTHER', 'EDUCATION'])[width_bucket(random(), ARRAY[0, .40, .70, .85]::float8[])] AS other_reason,
           random() AS r_reentry, random() AS r_rdate,
           -- numbers of diagnosis facts per kind: SITUATION 2–5, PERSPECTIVE 1–3, LADDER 2–5, SECTORS 1–2; participations 2–4
           2 + (random() < 0.6)::int + (random() < 0.25)::int + (random() < 0.1)::int AS k_situation,
           1 + (random() < 0.55)::int + (random() < 0.15)::int AS k_perspective,
           2 + (random() < 0.6)::int + (random() < 0.25)::int + (random() < 0.1)::int AS k_ladder,
           1 + (random() < 0.3)::int AS k_sectors,
           2 + (random() < 0.5)::int + (random() < 0.2)::int AS k_participations,
           width_bucket(random(), ARRAY[0, .15, .40, .75]::float8[]) AS ladder_base, random() * 1.1 AS ladder_rise
      FROM generate_series(1, :clients) n
), dated AS MATERIALIZED (
    SELECT b.*,
           -- intake at 18 or later, and at least two years before the AOW age (67)
           least(greatest(b.s_raw, (b.dob + interval '18 years')::date), (b.dob + interval '65 years')::date - 30) AS s,
           (b.dob + interval '67 years')::date AS pension_on,
           least(bench.e(), (b.dob + interval '67 years')::date) AS ep
      FROM base b
), placed AS MATERIALIZED (
    SELECT d.*,
           CASE WHEN d.np >= 1 THEN d.s + 60 + floor(d.r_p1 * (d.ep - d.s - 90) * CASE WHEN d.np = 2 THEN 0.5 ELSE 1 END)::int END AS p1
      FROM dated d
), placed2 AS MATERIALIZED (
    SELECT p.*,
           CASE WHEN p.np = 2 THEN p.p1 + 30 + floor(p.r_end1 * (p.ep - p.p1 - 90) * 0.6)::int
                WHEN p.np = 1 AND p.r_end1_ended < CASE WHEN p.pt1 = 'WORK_EXPERIENCE' THEN 0.85 ELSE 0.30 END
                     AND p.p1 + 30 + floor(p.r_end1 * 700)::int < bench.e() THEN p.p1 + 30 + floor(p.r_end1 * 700)::int END AS end1
      FROM placed p
), placed3 AS MATERIALIZED (
    SELECT p.*,
           CASE WHEN p.np = 2 THEN p.end1 + 14 + floor(p.r_p2 * (p.ep - p.end1 - 30))::int END AS p2
      FROM placed2 p
), outflows AS MATERIALIZED (
    SELECT p.*,
           CASE WHEN p.np = 2 AND p.r_end2_ended < 0.3 AND p.p2 + 30 + floor(p.r_end2 * 500)::int < bench.e()
                THEN p.p2 + 30 + floor(p.r_end2 * 500)::int END AS end2,
           -- an outflow to work or school follows the first paid or education placement (55 %)
           CASE WHEN p.np >= 1 AND p.pt1 IN ('REGULAR_WORK', 'AFSPRAAKBAAN', 'SECONDMENT', 'SHELTERED_WORK', 'EDUCATION')
                     AND p.r_linked < 0.55 AND p.p1 + floor(p.r_odelay * 30)::int < p.ep
                THEN p.p1 + floor(p.r_odelay * 30)::int END AS o_linked,
           CASE WHEN p.np = 0 AND p.r_other < 0.075 THEN p.s + 90 + floor(p.r_other_date * (p.ep - p.s - 120))::int END AS o_other,
           CASE WHEN p.pension_on < bench.e() THEN p.pension_on END AS o_pension
      FROM placed3 p
), outflow AS MATERIALIZED (
    SELECT o.*, least(o.o_linked, o.o_other, o.o_pension) AS o_date,
           CASE WHEN least(o.o_linked, o.o_other, o.o_pension) IS NULL THEN NULL
                WHEN o.o_linked = least(o.o_linked, o.o_other, o.o_pension) THEN CASE WHEN o.pt1 = 'EDUCATION' THEN 'EDUCATION' ELSE 'WORK' END
                WHEN o.o_other = least(o.o_linked, o.o_other, o.o_pension) THEN o.other_reason
                ELSE 'PENSION' END AS o_reason
      FROM outflows o
), benefit AS MATERIALIZED (
    SELECT o.*,
           -- a status change (recipient ↔ partner, non-recipient → recipient) somewhere before an outflow
           CASE WHEN o.status_changed
                THEN o.s + floor((coalesce(o.o_date, bench.e()) - o.s) * (0.2 + 0.6 * o.r_bc))::int END AS bc,
           CASE o.ps WHEN 'RECIPIENT' THEN 'PARTNER' ELSE 'RECIPIENT' END AS status2
      FROM outflow o
), extent AS MATERIALIZED (
    SELECT b.*,
           -- partial (schadelastbeperking) only for work or school, and only while the client receives a benefit
           CASE WHEN b.o_date IS NULL THEN NULL
                WHEN b.o_reason IN ('WORK', 'EDUCATION')
                     AND (CASE WHEN b.bc IS NOT NULL AND b.bc <= b.o_date THEN b.status2 ELSE b.ps END) = 'RECIPIENT'
                     AND b.r_extent < CASE b.o_reason WHEN 'WORK' THEN 0.45 ELSE 0.05 END THEN 'PARTIAL'
                ELSE 'FULL' END AS o_extent
      FROM benefit b
), reentry AS MATERIALIZED (
    SELECT x.*,
           CASE WHEN x.o_extent = 'FULL' AND x.o_reason <> 'PENSION' AND x.r_reentry < 0.24 AND x.o_date + 30 < bench.e()
                THEN x.o_date + 30 + floor(x.r_rdate * least(900, bench.e() - x.o_date - 30))::int END AS r_date
      FROM extent x
)
SELECT r.*, m.org,
       1 + floor(r.r_cw * cardinality(m.cws))::int AS cw,
       -- facts, participations and caseworker changes stop at a final full outflow
       CASE WHEN r.o_extent = 'FULL' AND r.r_date IS NULL THEN r.o_date ELSE bench.e() END AS ec,
       CASE n % 24 WHEN 1 THEN n + 1 WHEN 2 THEN n - 1 END AS partner_n
  FROM reentry r JOIN bench.m m ON m.mun = r.mun;
ALTER TABLE bench.c ADD PRIMARY KEY (n);
ANALYZE bench.c;

-- ---------------------------------------------------------------------------------------------------------------
\echo 'dropping the secondary indexes of the loaded tables'
-- Drop the app's secondary indexes on the loaded tables (kept: primary keys and unique constraints); recreated below.
CREATE TABLE bench.saved_indexes AS
SELECT i.schemaname, i.tablename, i.indexname, i.indexdef
  FROM pg_indexes i
 WHERE i.schemaname = 'public'
   AND i.tablename IN ('client', 'client_benefit_status', 'client_caseworker', 'diagnosis_fact', 'diagnosis_fact_sector',
                       'participation', 'placement', 'follow_up', 'outflow', 're_entry')
   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass);
CREATE TABLE bench.all_indexes_before AS SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public';
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT * FROM bench.saved_indexes LOOP
        EXECUTE format('DROP INDEX %I.%I', r.schemaname, r.indexname);
    END LOOP;
END $$;
SELECT string_agg(indexname, ', ' ORDER BY tablename, indexname) AS dropped FROM bench.saved_indexes \gset
\echo '# secondary indexes dropped for the load (recreated after it):' :dropped

-- ---------------------------------------------------------------------------------------------------------------
\echo 'client'
-- Clients, in order of registration.
INSERT INTO client (id, municipality_code, bsn_index, bsn_cipher, first_names, infix, last_name, search_name, date_of_birth, gender,
                    street, house_number, house_number_suffix, postcode, city, phone, email, partner_id, education_level,
                    refugee_status, civic_integration_required, work_limitation, target_group_register, special_education_leaver,
                    former_wajong, language_level, hours_per_week, available_from, driving_licence, own_transport, max_travel_km,
                    physical_load, mental_load, interests, caseworker_id, created_at, created_by, updated_at, updated_by, version)
SELECT c.id, c.mun,
       encode(sha256(convert_to('opstap-reports-bench-' || c.n, 'UTF8')), 'hex'),
       ci.bsn_cipher,
       fn.first_name, ix.infix, ln.last_name,
       lower(regexp_replace(fn.first_name || ' ' || coalesce(ix.infix, '') || ' ' || ln.last_name, '\s+', ' ', 'g')),
       c.dob, c.gender,
       a.street, c.house, NULL, a.postcode, a.city,
       '06' || lpad(c.phone::text, 8, '0'),
       CASE WHEN c.has_email THEN lower(left(fn.first_name, 1) || '.' || replace(ln.last_name, ' ', '') || c.n) || '@example.com' END,
       p.id, c.edu,
       c.refugee, (c.refugee AND c.r_civic < 0.8) OR c.r_civic < 0.01, c.work_limitation, c.work_limitation AND c.r_tgr < 0.35,
       c.special_education, c.wajong,
       CASE WHEN c.refugee THEN (ARRAY['BELOW_A1', 'A1', 'A2', 'B1', 'B2'])[1 + floor(c.r_lang * 5)::int]
            WHEN c.r_lang < 0.97 THEN 'NATIVE' ELSE (ARRAY['B1', 'B2', 'C1'])[1 + floor((c.r_lang - 0.97) / 0.03 * 3)::int] END,
       c.hours, CASE WHEN c.hours IS NOT NULL THEN c.s + floor(c.r_avail * 60)::int END,
       c.licence, c.transport, c.travel, c.physical, c.mental, NULL,
       m.cws[c.cw],
       (c.s + time '09:00') AT TIME ZONE 'Europe/Amsterdam', m.cws[c.cw],
       (c.s + time '09:00') AT TIME ZONE 'Europe/Amsterdam', m.cws[c.cw], 1
  FROM bench.c c
  JOIN bench.m m ON m.mun = c.mun
  JOIN bench.addr a ON a.mun = c.mun AND a.i = 1 + floor(c.r_addr * m.n_addr)::int
  JOIN bench.cipher ci ON ci.i = 1 + floor(c.r_bsn * (SELECT count(*) FROM bench.cipher))::int
  JOIN (SELECT f.i, f.name AS first_name FROM bench.first_name f) fn ON fn.i = 1 + floor(c.r_first * (SELECT count(*) FROM bench.first_name))::int
  JOIN (SELECT l.i, l.name AS last_name FROM bench.last_name l) ln ON ln.i = 1 + floor(c.r_last * (SELECT count(*) FROM bench.last_name))::int
  LEFT JOIN (SELECT x.i, x.name AS infix FROM bench.infix x) ix
         ON c.r_infix < 0.25 AND ix.i = 1 + floor(c.r_infix / 0.25 * (SELECT count(*) FROM bench.infix))::int
  LEFT JOIN bench.c p ON p.n = c.partner_n
 ORDER BY c.s, c.n;

\echo 'client_caseworker'
-- Caseworker assignments: the current one (as in client.caseworker_id), for a fifth of the clients after a colleague.
INSERT INTO client_caseworker (client_id, caseworker_id, valid_from, valid_to, recorded_at, recorded_by)
SELECT x.id, x.caseworker, x.valid_from, x.valid_to, (x.valid_from + time '09:00') AT TIME ZONE 'Europe/Amsterdam', x.caseworker
  FROM (SELECT c.id, m.cws[c.cw % cardinality(m.cws) + 1] AS caseworker, c.s AS valid_from,
               c.s + 1 + floor((c.ec - c.s - 1) * (0.1 + 0.8 * c.r_cw_date))::int AS valid_to
          FROM bench.c c JOIN bench.m m ON m.mun = c.mun WHERE c.cw_changed
        UNION ALL
        SELECT c.id, m.cws[c.cw],
               CASE WHEN c.cw_changed THEN c.s + 1 + floor((c.ec - c.s - 1) * (0.1 + 0.8 * c.r_cw_date))::int ELSE c.s END, NULL
          FROM bench.c c JOIN bench.m m ON m.mun = c.mun) x
 ORDER BY x.valid_from;

\echo 'client_benefit_status'
-- Benefit status: from intake, possibly a change of status, ended by a full outflow, a new period after a re-entry.
INSERT INTO client_benefit_status (client_id, status, valid_from, valid_to, recorded_at, recorded_by)
SELECT x.id, x.status, x.valid_from, x.valid_to, (x.valid_from + time '10:00') AT TIME ZONE 'Europe/Amsterdam', x.by
  FROM (SELECT c.id, c.ps AS status, c.s AS valid_from,
               coalesce(c.bc, CASE WHEN c.o_extent = 'FULL' THEN c.o_date END) AS valid_to, m.cws[c.cw] AS by
          FROM bench.c c JOIN bench.m m ON m.mun = c.mun
        UNION ALL
        SELECT c.id, c.status2, c.bc, CASE WHEN c.o_extent = 'FULL' THEN c.o_date END, m.cws[c.cw]
          FROM bench.c c JOIN bench.m m ON m.mun = c.mun WHERE c.bc IS NOT NULL
        UNION ALL
        SELECT c.id, 'RECIPIENT', c.r_date, NULL, m.cws[c.cw]
          FROM bench.c c JOIN bench.m m ON m.mun = c.mun WHERE c.r_date IS NOT NULL) x
 ORDER BY x.valid_from;

-- ---------------------------------------------------------------------------------------------------------------
\echo 'diagnosis facts (staging)'
-- Diagnosis facts, first into a staging table: per client and kind a chain from intake to the end (or final outflow),
-- valid_to = the next valid_from, the last open. Dates: the span split into k parts, each fact starting in the first
-- half of its part (the first within a fortnight of intake), so the chain never overlaps; for situation and
-- perspective the first part is a short intake phase of one to four months ("Talent in kaart", "Nog niet bekend"
-- mostly) and the second value starts right after it.
CREATE UNLOGGED TABLE bench.f (
    id uuid NOT NULL, n int NOT NULL, kind text NOT NULL, val text, vf date NOT NULL, vt date,
    replaced_by uuid, corrected boolean NOT NULL DEFAULT false, sector_first int, sector_step int, sector_count int
);

INSERT INTO bench.f (id, n, kind, val, vf, vt)
SELECT gen_random_uuid(), c.n, 'SITUATION',
       (ARRAY['TALENT_IN_KAART', 'ONDERZOEK_ZORG', 'LEREN_ONTWIKKELEN', 'WERKEN_ERVAREN', 'DIRECT_WERK', 'PARTTIME_WERK'])
           [CASE WHEN g > 1 AND ch.v[g] = ch.v[g - 1] THEN ch.v[g] % 6 + 1 ELSE ch.v[g] END],
       ch.d[g], ch.d[g + 1]
  FROM bench.c c
  -- the intake phase (the first value) lasts one to four months, the later ones share the rest of the trajectory
  CROSS JOIN LATERAL (SELECT least(30 + random() * 90, (c.ec - c.s)::float8 / c.k_situation) AS l) i
  CROSS JOIN LATERAL (
      SELECT array_agg(CASE WHEN x.g = 1 THEN c.s + floor(random() * least(14, i.l / 2))::int
                            ELSE c.s + floor(i.l + (x.g - 2) * (c.ec - c.s - i.l) / nullif(c.k_situation - 1, 0)
                                             + CASE WHEN x.g > 2 THEN random() * (c.ec - c.s - i.l) / nullif(c.k_situation - 1, 0) / 2
                                                    ELSE 0 END)::int END ORDER BY x.g) AS d,
             -- mostly "Talent in kaart" first, then as in seed 003 Tabel I (Leren & ontwikkelen the largest)
             array_agg(CASE WHEN x.g = 1 AND random() < 0.65 THEN 1
                            ELSE width_bucket(random(), ARRAY[0, .03, .14, .74, .85, .91]::float8[]) END ORDER BY x.g) AS v
        FROM generate_series(1, c.k_situation) x(g)) ch
  CROSS JOIN LATERAL generate_series(1, c.k_situation) g;

INSERT INTO bench.f (id, n, kind, val, vf, vt)
SELECT gen_random_uuid(), c.n, 'PERSPECTIVE',
       (ARRAY['PARTTIME_WERK', 'WERK', 'PARTICIPATIE', 'ZORG', 'NOG_NIET_BEKEND'])
           [CASE WHEN g > 1 AND ch.v[g] = ch.v[g - 1] THEN ch.v[g] % 5 + 1 ELSE ch.v[g] END],
       ch.d[g], ch.d[g + 1]
  FROM bench.c c
  -- the intake phase (the first value) lasts one to four months, the later ones share the rest of the trajectory
  CROSS JOIN LATERAL (SELECT least(30 + random() * 90, (c.ec - c.s)::float8 / c.k_perspective) AS l) i
  CROSS JOIN LATERAL (
      SELECT array_agg(CASE WHEN x.g = 1 THEN c.s + floor(random() * least(14, i.l / 2))::int
                            ELSE c.s + floor(i.l + (x.g - 2) * (c.ec - c.s - i.l) / nullif(c.k_perspective - 1, 0)
                                             + CASE WHEN x.g > 2 THEN random() * (c.ec - c.s - i.l) / nullif(c.k_perspective - 1, 0) / 2
                                                    ELSE 0 END)::int END ORDER BY x.g) AS d,
             -- mostly "Nog niet bekend" at intake, then as in seed 003 Tabel II (Werk the largest)
             array_agg(CASE WHEN x.g = 1 AND c.k_perspective > 1 AND random() < 0.70 THEN 5
                            ELSE width_bucket(random(), ARRAY[0, .11, .62, .85, .96]::float8[]) END ORDER BY x.g) AS v
        FROM generate_series(1, c.k_perspective) x(g)) ch
  CROSS JOIN LATERAL generate_series(1, c.k_perspective) g;

INSERT INTO bench.f (id, n, kind, val, vf, vt)
SELECT gen_random_uuid(), c.n, 'LADDER',
       'STEP_' || least(6, c.ladder_base + floor((g - 1) * c.ladder_rise)::int),   -- starts at 1–4, mostly rises
       ch.d[g], ch.d[g + 1]
  FROM bench.c c
  CROSS JOIN LATERAL (
      SELECT array_agg(c.s + floor((x.g - 1) * (c.ec - c.s)::float8 / c.k_ladder
                                   + random() * CASE WHEN x.g = 1 THEN least(14, (c.ec - c.s)::float8 / c.k_ladder / 2)
                                                     ELSE (c.ec - c.s)::float8 / c.k_ladder / 2 END)::int ORDER BY x.g) AS d
        FROM generate_series(1, c.k_ladder) x(g)) ch
  CROSS JOIN LATERAL generate_series(1, c.k_ladder) g;

-- Sector choices: 1–3 distinct sectors per fact (a first sector weighted like seed 003's top sectors, then a step
-- coprime with 10 through the list).
INSERT INTO bench.f (id, n, kind, val, vf, vt, sector_first, sector_step, sector_count)
SELECT gen_random_uuid(), c.n, 'SECTORS', NULL, ch.d[g], ch.d[g + 1], ch.sf[g], ch.ss[g], ch.sc[g]
  FROM bench.c c
  CROSS JOIN LATERAL (
      SELECT array_agg(c.s + floor((x.g - 1) * (c.ec - c.s)::float8 / c.k_sectors
                                   + random() * CASE WHEN x.g = 1 THEN least(14, (c.ec - c.s)::float8 / c.k_sectors / 2)
                                                     ELSE (c.ec - c.s)::float8 / c.k_sectors / 2 END)::int ORDER BY x.g) AS d,
             array_agg(width_bucket(random(), ARRAY[0, .18, .33, .43, .53, .62, .71, .79, .87, .94]::float8[]) ORDER BY x.g) AS sf,
             array_agg((ARRAY[1, 3, 7, 9])[1 + floor(random() * 4)::int] ORDER BY x.g) AS ss,
             array_agg(1 + (random() < 0.55)::int + (random() < 0.25)::int ORDER BY x.g) AS sc
        FROM generate_series(1, c.k_sectors) x(g)) ch
  CROSS JOIN LATERAL generate_series(1, c.k_sectors) g;

-- Corrections (~2 % of situation, perspective and ladder facts): the wrong value as a corrected row over the same
-- period, replaced_by pointing at the valid one (as FactStore records a correction).
INSERT INTO bench.f (id, n, kind, val, vf, vt, replaced_by, corrected)
SELECT gen_random_uuid(), f.n, f.kind,
       CASE f.kind
           WHEN 'SITUATION' THEN (ARRAY['TALENT_IN_KAART', 'ONDERZOEK_ZORG', 'LEREN_ONTWIKKELEN', 'WERKEN_ERVAREN', 'DIRECT_WERK',
                                        'PARTTIME_WERK'])[1 + floor(random() * 6)::int]
           WHEN 'PERSPECTIVE' THEN (ARRAY['PARTTIME_WERK', 'WERK', 'PARTICIPATIE', 'ZORG', 'NOG_NIET_BEKEND'])[1 + floor(random() * 5)::int]
           ELSE 'STEP_' || (1 + floor(random() * 6)::int) END,
       f.vf, f.vt, f.id, true
  FROM bench.f f
 WHERE f.kind IN ('SITUATION', 'PERSPECTIVE', 'LADDER') AND random() < 0.02;

\echo 'diagnosis_fact, diagnosis_fact_sector'
-- Into the app's tables in the order they were recorded over the years.
INSERT INTO diagnosis_fact (id, client_id, municipality_code, kind, fact_value, valid_from, valid_to, recorded_at, recorded_by,
                            recorded_by_name, corrected_at, corrected_by_name, correction_reason, replaced_by)
SELECT f.id, c.id, c.mun, f.kind, f.val, f.vf, f.vt, x.recorded_at, m.cws[c.cw], m.cw_names[c.cw],
       CASE WHEN f.corrected THEN x.recorded_at + (1 + floor(random() * 20)::int) * interval '1 day' END,
       CASE WHEN f.corrected THEN m.cw_names[c.cw] END,
       CASE WHEN f.corrected THEN bench.pick(t.correction_reasons) END,
       f.replaced_by
  FROM bench.f f
  JOIN bench.c c ON c.n = f.n
  JOIN bench.m m ON m.mun = c.mun
  CROSS JOIN bench.t t
  CROSS JOIN LATERAL (SELECT (f.vf + time '08:00' + random() * interval '9 hours') AT TIME ZONE 'Europe/Amsterdam' AS recorded_at) x
 ORDER BY f.vf, f.n;

INSERT INTO diagnosis_fact_sector (fact_id, position, sector_code)
SELECT f.id, j, t.sectors[(f.sector_first - 1 + (j - 1) * f.sector_step) % 10 + 1]
  FROM bench.f f
  CROSS JOIN bench.t t
  CROSS JOIN LATERAL generate_series(1, f.sector_count) j
 WHERE f.kind = 'SECTORS'
 ORDER BY f.vf, f.n, j;

-- ---------------------------------------------------------------------------------------------------------------
\echo 'participation'
-- Participations: 2–4 per client spread over the trajectory, in an activity of the client's organisation.
INSERT INTO participation (id, client_id, municipality_code, activity_id, start_date, planned_end, actual_end, result,
                           dropout_reason_id, certificate, certificate_description, certificate_date, notes, created_at,
                           created_by, ended_at, ended_by)
SELECT gen_random_uuid(), y.id, y.mun, y.activity, y.start_date, y.planned_end, y.actual_end, y.result,
       CASE WHEN y.result = 'UITGEVALLEN' THEN bench.pick(y.drops) END,
       y.certificate, CASE WHEN y.certificate THEN 'Praktijkverklaring ' || y.activity_name END,
       CASE WHEN y.certificate THEN y.actual_end END, NULL,
       (y.start_date + time '09:00') AT TIME ZONE 'Europe/Amsterdam', y.cw,
       (y.actual_end + time '16:00') AT TIME ZONE 'Europe/Amsterdam', CASE WHEN y.actual_end IS NOT NULL THEN y.cw END
  FROM (SELECT x.*,
               CASE WHEN x.result IS NULL THEN NULL
                    WHEN x.result = 'UITGEVALLEN' THEN x.start_date + 1 + floor((x.planned_end - x.start_date - 1) * (0.2 + 0.6 * x.r_end))::int
                    ELSE least(bench.e(), greatest(x.start_date + 1, x.planned_end - 10 + floor(x.r_end * 21)::int)) END AS actual_end,
               coalesce(x.result IN ('AFGEROND', 'DOORGESTROOMD') AND x.r_cert < 0.15, false) AS certificate
          FROM (SELECT c.id, c.mun, m.cws[c.cw] AS cw, m.drops, m.acts[a.i] AS activity, m.act_names[a.i] AS activity_name,
                       p.start_date, p.start_date + 7 * m.act_weeks[a.i] AS planned_end,
                       CASE WHEN p.start_date + 7 * m.act_weeks[a.i] < bench.e() - 14
                            THEN (ARRAY['AFGEROND', 'UITGEVALLEN', 'DOORGESTROOMD'])[width_bucket(random(), ARRAY[0, .58, .80]::float8[])] END AS result,
                       random() AS r_end, random() AS r_cert
                  FROM bench.c c
                  JOIN bench.m m ON m.mun = c.mun
                  CROSS JOIN LATERAL generate_series(1, c.k_participations) j
                  CROSS JOIN LATERAL (SELECT c.s + floor((j - 1) * (c.ec - c.s)::float8 / c.k_participations
                                                         + random() * (c.ec - c.s)::float8 / c.k_participations / 2)::int AS start_date) p
                  CROSS JOIN LATERAL (SELECT 1 + floor(random() * cardinality(m.acts))::int AS i) a) x) y
 ORDER BY y.start_date;

-- ---------------------------------------------------------------------------------------------------------------
\echo 'placement, follow_up, outflow, re_entry'
-- Placements (0.5 per client; the second after the first ended), their follow-up contacts, outflows and re-entries.
CREATE UNLOGGED TABLE bench.p AS
SELECT x.id, x.n, x.client_id, x.mun, x.placement_type, x.start_date, x.end_date, x.cw, x.jobcoach, x.emps,
       CASE x.placement_type WHEN 'REGULAR_WORK' THEN (ARRAY['PERMANENT', 'FIXED_TERM', 'AGENCY', 'ON_CALL'])[width_bucket(x.r, ARRAY[0, .16, .50, .83]::float8[])]
                             WHEN 'AFSPRAAKBAAN' THEN (ARRAY['FIXED_TERM', 'PERMANENT'])[1 + floor(x.r * 2)::int]
                             WHEN 'EDUCATION' THEN (ARRAY['APPRENTICESHIP', 'NONE'])[1 + floor(x.r * 2)::int]
                             WHEN 'SECONDMENT' THEN (ARRAY['AGENCY', 'FIXED_TERM'])[1 + floor(x.r * 2)::int]
                             WHEN 'SHELTERED_WORK' THEN (ARRAY['FIXED_TERM', 'PERMANENT'])[1 + floor(x.r * 2)::int]
                             ELSE 'NONE' END AS contract_type,
       x.r2 AS r_flags
  FROM (SELECT c.p1_id AS id, c.n, c.id AS client_id, c.mun, c.pt1 AS placement_type, c.p1 AS start_date, c.end1 AS end_date,
               m.cws[c.cw] AS cw, m.jobcoach, m.emps, random() AS r, random() AS r2
          FROM bench.c c JOIN bench.m m ON m.mun = c.mun WHERE c.np >= 1
        UNION ALL
        SELECT c.p2_id, c.n, c.id, c.mun, c.pt2, c.p2, c.end2, m.cws[c.cw], m.jobcoach, m.emps, random(), random()
          FROM bench.c c JOIN bench.m m ON m.mun = c.mun WHERE c.np = 2) x;

INSERT INTO placement (id, client_id, municipality_code, placement_type, why_not_higher, employer_id, vacancy_id, start_date,
                       end_date, end_reason, hours_per_week, contract_type, wage_subsidy, no_risk_policy, jobcoach_id, created_at,
                       created_by, version, match_pair_id, ended_by)
SELECT p.id, p.client_id, p.mun, p.placement_type,
       CASE WHEN p.placement_type <> 'REGULAR_WORK' THEN bench.pick(w.texts) END,
       CASE WHEN p.placement_type IN ('DAY_ACTIVITIES', 'EDUCATION') AND p.r_flags < 0.6 THEN NULL ELSE bench.pick(p.emps) END,
       NULL, p.start_date, p.end_date, CASE WHEN p.end_date IS NOT NULL THEN bench.pick(t.end_reasons) END,
       (ARRAY[8, 12, 16, 20, 24, 28, 32, 36, 38, 40])[1 + floor(random() * 10)::int], p.contract_type,
       p.placement_type IN ('AFSPRAAKBAAN', 'SHELTERED_WORK') OR (p.placement_type IN ('REGULAR_WORK', 'SECONDMENT') AND p.r_flags < 0.12),
       p.placement_type IN ('AFSPRAAKBAAN', 'SHELTERED_WORK') OR (p.placement_type = 'SECONDMENT' AND p.r_flags < 0.12),
       CASE WHEN random() < 0.45 THEN p.jobcoach END,
       (p.start_date + time '09:30') AT TIME ZONE 'Europe/Amsterdam', p.cw, 1, NULL,
       CASE WHEN p.end_date IS NOT NULL THEN p.cw END
  FROM bench.p p
  CROSS JOIN bench.t t
  LEFT JOIN bench.why w ON w.placement_type = p.placement_type
 ORDER BY p.start_date, p.n;

-- Follow-up with the employer and the former client at 1, 3, 6, 9 and 12 months; held around the due date when past.
INSERT INTO follow_up (id, placement_id, municipality_code, months_after, party, due_on, held_on, outcome, signal, recorded_by, version)
SELECT gen_random_uuid(), y.id, y.mun, y.months, y.party, y.due_on, y.held_on,
       CASE WHEN y.held_on IS NULL THEN NULL WHEN y.signal THEN bench.pick(t.signal_outcomes) ELSE bench.pick(t.outcomes) END,
       y.held_on IS NOT NULL AND y.signal, CASE WHEN y.held_on IS NOT NULL THEN coalesce(y.jobcoach, y.cw) END, 1
  FROM (SELECT p.id, p.mun, p.start_date, p.cw, p.jobcoach, mo.months, pa.party,
               (p.start_date + mo.months * interval '1 month')::date AS due_on,
               CASE WHEN (p.start_date + mo.months * interval '1 month')::date + 10 < bench.e() AND random() < 0.96
                    THEN (p.start_date + mo.months * interval '1 month')::date - 5 + floor(random() * 16)::int END AS held_on,
               random() < 0.04 AS signal
          FROM bench.p p
          CROSS JOIN (VALUES (1), (3), (6), (9), (12)) mo(months)
          CROSS JOIN (VALUES ('werkgever'), ('werkzoekende')) pa(party)) y
  CROSS JOIN bench.t t
 ORDER BY y.start_date, y.id, y.months, y.party;

INSERT INTO outflow (id, client_id, municipality_code, outflow_date, reason, extent, placement_id, created_at, created_by, version)
SELECT c.o_id, c.id, c.mun, c.o_date, c.o_reason, c.o_extent, CASE WHEN c.o_date = c.o_linked THEN c.p1_id END,
       (c.o_date + time '11:00') AT TIME ZONE 'Europe/Amsterdam', m.cws[c.cw], 1
  FROM bench.c c JOIN bench.m m ON m.mun = c.mun
 WHERE c.o_date IS NOT NULL
 ORDER BY c.o_date, c.n;

INSERT INTO re_entry (id, client_id, municipality_code, re_entry_date, outflow_id, revolving_door, window_months, created_at,
                      created_by, version)
SELECT gen_random_uuid(), c.id, c.mun, c.r_date, c.o_id, c.r_date <= (c.o_date + interval '12 months')::date, 12,
       (c.r_date + time '11:00') AT TIME ZONE 'Europe/Amsterdam', m.cws[c.cw], 1
  FROM bench.c c JOIN bench.m m ON m.mun = c.mun
 WHERE c.r_date IS NOT NULL
 ORDER BY c.r_date, c.n;

-- ---------------------------------------------------------------------------------------------------------------
\echo 'recreating the indexes'
-- The app's indexes back, exactly as they were.
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT * FROM bench.saved_indexes ORDER BY tablename, indexname LOOP
        EXECUTE r.indexdef;
    END LOOP;
END $$;
DO $$
BEGIN
    IF EXISTS (SELECT schemaname, tablename, indexname, indexdef FROM bench.all_indexes_before
               EXCEPT SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public')
       OR EXISTS (SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
                  EXCEPT SELECT schemaname, tablename, indexname, indexdef FROM bench.all_indexes_before) THEN
        RAISE EXCEPTION 'the indexes differ from before the load';
    END IF;
END $$;

-- Every foreign key of the loaded rows holds (the triggers were skipped during the load).
\echo 'checking the foreign keys of the loaded rows'
SET session_replication_role = origin;
CREATE TABLE bench.orphans AS
SELECT (SELECT count(*) FROM client x WHERE x.partner_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM client y WHERE y.id = x.partner_id))
     + (SELECT count(*) FROM client_benefit_status x WHERE NOT EXISTS (SELECT 1 FROM client y WHERE y.id = x.client_id))
     + (SELECT count(*) FROM client_caseworker x WHERE NOT EXISTS (SELECT 1 FROM client y WHERE y.id = x.client_id))
     + (SELECT count(*) FROM diagnosis_fact x WHERE NOT EXISTS (SELECT 1 FROM client y WHERE y.id = x.client_id))
     + (SELECT count(*) FROM diagnosis_fact_sector x WHERE NOT EXISTS (SELECT 1 FROM diagnosis_fact y WHERE y.id = x.fact_id))
     + (SELECT count(*) FROM participation x WHERE NOT EXISTS (SELECT 1 FROM client y WHERE y.id = x.client_id))
     + (SELECT count(*) FROM participation x WHERE NOT EXISTS (SELECT 1 FROM activity y WHERE y.id = x.activity_id))
     + (SELECT count(*) FROM participation x WHERE x.dropout_reason_id IS NOT NULL
                                               AND NOT EXISTS (SELECT 1 FROM dropout_reason y WHERE y.id = x.dropout_reason_id))
     + (SELECT count(*) FROM placement x WHERE NOT EXISTS (SELECT 1 FROM client y WHERE y.id = x.client_id))
     + (SELECT count(*) FROM placement x WHERE x.employer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM employer y WHERE y.id = x.employer_id))
     + (SELECT count(*) FROM follow_up x WHERE NOT EXISTS (SELECT 1 FROM placement y WHERE y.id = x.placement_id))
     + (SELECT count(*) FROM outflow x WHERE NOT EXISTS (SELECT 1 FROM client y WHERE y.id = x.client_id))
     + (SELECT count(*) FROM outflow x WHERE x.placement_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM placement y WHERE y.id = x.placement_id))
     + (SELECT count(*) FROM re_entry x WHERE NOT EXISTS (SELECT 1 FROM client y WHERE y.id = x.client_id))
     + (SELECT count(*) FROM re_entry x WHERE NOT EXISTS (SELECT 1 FROM outflow y WHERE y.id = x.outflow_id)) AS orphans;
DO $$
BEGIN
    IF (SELECT orphans FROM bench.orphans) <> 0 THEN
        RAISE EXCEPTION '% rows point at a row that does not exist', (SELECT orphans FROM bench.orphans);
    END IF;
END $$;

-- Set the hint bits and the visibility map once (as autovacuum would in time), and the planner statistics.
\echo 'vacuum and analyze'
VACUUM (ANALYZE) client, client_benefit_status, client_caseworker, diagnosis_fact, diagnosis_fact_sector, participation, placement,
    follow_up, outflow, re_entry;
DROP SCHEMA bench CASCADE;
