-- Per table of the public schema: name | rows | md5 of the rows as text in primary-key order (all columns when a table
-- has no primary key). With -v snapshot=… it reads the exported snapshot of a running database (as pg_dump --snapshot).
--   psql -XAtq -d opstap -f ops/table-checksums.sql [-v snapshot=00000003-0000001B-1]
\set ON_ERROR_STOP on
BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;
\if :{?snapshot}
SET TRANSACTION SNAPSHOT :'snapshot';
\endif
SELECT format('SELECT %L, count(*), md5(coalesce(string_agg(t::text, E''\n'' ORDER BY %s), '''')) FROM public.%I t', c.relname,
       coalesce((SELECT string_agg('t.' || quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey::int2[], a.attnum))
                 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                 WHERE i.indrelid = c.oid AND i.indisprimary), 't::text'), c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
ORDER BY c.relname
\gexec
COMMIT;
