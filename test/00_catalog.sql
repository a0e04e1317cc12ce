-- Catalog properties every object of the extension must have:
-- comments, PARALLEL SAFE, combine/serialize for aggregates, SSPACE for per-group internal
-- states, no SECURITY DEFINER.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(9);

CREATE TEMP VIEW ca_funcs AS
SELECT p.oid, p.oid::regprocedure AS sig, p.prokind, p.proparallel, p.prosecdef, p.provolatile
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'customer_analytics';

SELECT is((SELECT e.extversion || ' / default ' || x.default_version FROM pg_extension e JOIN pg_available_extensions x ON x.name = e.extname
           WHERE e.extname = 'customer_analytics'),
          '0.5.0 / default 0.5.0', 'extension 0.5.0 (the control file''s default_version) is installed');

SELECT ok((SELECT bool_and(trusted) FROM pg_available_extension_versions WHERE name = 'customer_analytics'),
          'the extension is trusted');

SELECT ok(NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),
          'the tests run as a non-superuser database owner');

-- internal support functions (transition, combine, serial, final) need no user-facing comment
SELECT is_empty($$
  SELECT f.sig::text FROM ca_funcs f
  WHERE pg_catalog.obj_description(f.oid, 'pg_proc') IS NULL
    AND NOT EXISTS (SELECT 1 FROM pg_aggregate a
                    WHERE f.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn))
    AND NOT EXISTS (SELECT 1 FROM pg_type t WHERE f.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend))
$$, 'every user-facing function and aggregate has a COMMENT');

SELECT is_empty($$ SELECT sig::text FROM ca_funcs WHERE proparallel <> 's' $$,
                'every function is PARALLEL SAFE');

SELECT is_empty($$ SELECT sig::text FROM ca_funcs WHERE prosecdef $$,
                'no function is SECURITY DEFINER');

SELECT is_empty($$
  SELECT f.sig::text FROM ca_funcs f JOIN pg_aggregate a ON a.aggfnoid = f.oid
  WHERE a.aggcombinefn = 0
     OR (a.aggtranstype = 'internal'::regtype AND (a.aggserialfn = 0 OR a.aggdeserialfn = 0))
$$, 'every aggregate has a combine function, and serialize/deserialize when its state is internal');

-- Without SSPACE the planner takes an internal state for 8 kB per group: a million
-- customers look like 8 GB, and it sorts or scans an index instead of hashing.  Only the
-- population aggregates, whose one state holds every row (few groups), may leave it out.
SELECT is((SELECT pg_catalog.array_agg(DISTINCT p.proname::text ORDER BY p.proname::text)
           FROM ca_funcs f JOIN pg_aggregate a ON a.aggfnoid = f.oid JOIN pg_proc p ON p.oid = f.oid
           WHERE a.aggtranstype = 'internal'::regtype AND a.aggtransspace = 0),
          ARRAY['bgnbd_fit', 'gamma_gamma_fit', 'rfm_model'],
          'every per-group aggregate with an internal state declares SSPACE (only the population fits and rfm_model do not)');

SELECT is_empty($$
  SELECT t.typname::text FROM pg_type t
  JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'customer_analytics'
  WHERE pg_catalog.obj_description(t.oid, 'pg_type') IS NULL AND t.typtype IN ('b', 'c')
    -- not the array types of the extension's types (members of it from PostgreSQL 17 on)
    AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
$$, 'every type has a COMMENT');

SELECT * FROM finish();
ROLLBACK;
