-- Upgrade path: every released version, installed from its frozen script
-- (src/releases/) and brought up to date with ALTER EXTENSION ... UPDATE (src/updates/),
-- must end with exactly the catalog a fresh CREATE EXTENSION gives.
--
-- The comparison is a fingerprint of every member object of the extension (pg_depend
-- deptype 'e'): its description, and for functions and aggregates the arguments (names,
-- defaults), result, volatility, strictness, parallel safety, C symbol and library, cost
-- and rows, every pg_aggregate column (transition, final, combine, serial, deserial,
-- moving-aggregate functions, SSPACE, INITCOND, ...), for types their I/O functions,
-- storage and attributes, and every comment.  Change src/*.sql without writing the matching
-- statements into the update script and this test fails, listing the differences.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(10);

-- One row per fact about a member object: (kind, object, detail).  Object identities are
-- printed by name (regprocedure, regtype, pg_describe_object), never by OID.
CREATE TEMP VIEW ca_fingerprint AS
WITH m AS (
    SELECT d.classid, d.objid, d.objsubid
    FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'customer_analytics'
    WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
)
SELECT 'member' AS kind, pg_catalog.pg_describe_object(m.classid, m.objid, m.objsubid) AS object,
       (pg_catalog.pg_identify_object(m.classid, m.objid, m.objsubid)).type AS detail
FROM m
UNION ALL
SELECT 'function', p.oid::pg_catalog.regprocedure::text,
       pg_catalog.concat_ws(' | ',
           'kind=' || p.prokind::text,
           'args=' || pg_catalog.pg_get_function_arguments(p.oid),
           'result=' || pg_catalog.pg_get_function_result(p.oid),
           'volatile=' || p.provolatile::text, 'strict=' || p.proisstrict::text, 'parallel=' || p.proparallel::text,
           'secdef=' || p.prosecdef::text, 'leakproof=' || p.proleakproof::text, 'retset=' || p.proretset::text,
           'cost=' || p.procost::text, 'rows=' || p.prorows::text, 'language=' || l.lanname,
           'support=' || p.prosupport::pg_catalog.regproc::text,
           'config=' || COALESCE(p.proconfig::text, '-'),
           'acl=' || COALESCE(p.proacl::text, '-'),
           'src=' || COALESCE(p.prosrc, '-'), 'bin=' || COALESCE(p.probin, '-'))
FROM m JOIN pg_catalog.pg_proc p ON m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = m.objid
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
UNION ALL
SELECT 'aggregate', a.aggfnoid::pg_catalog.regprocedure::text,
       pg_catalog.concat_ws(' | ',
           'aggkind=' || a.aggkind::text, 'direct=' || a.aggnumdirectargs::text,
           'sfunc=' || a.aggtransfn::pg_catalog.oid::pg_catalog.regprocedure::text,
           'finalfunc=' || a.aggfinalfn::pg_catalog.oid::pg_catalog.regprocedure::text,
           'combinefunc=' || a.aggcombinefn::pg_catalog.oid::pg_catalog.regprocedure::text,
           'serialfunc=' || a.aggserialfn::pg_catalog.oid::pg_catalog.regprocedure::text,
           'deserialfunc=' || a.aggdeserialfn::pg_catalog.oid::pg_catalog.regprocedure::text,
           'msfunc=' || a.aggmtransfn::pg_catalog.oid::pg_catalog.regprocedure::text,
           'minvfunc=' || a.aggminvtransfn::pg_catalog.oid::pg_catalog.regprocedure::text,
           'mfinalfunc=' || a.aggmfinalfn::pg_catalog.oid::pg_catalog.regprocedure::text,
           'finalextra=' || a.aggfinalextra::text, 'mfinalextra=' || a.aggmfinalextra::text,
           'finalmodify=' || a.aggfinalmodify::text, 'mfinalmodify=' || a.aggmfinalmodify::text,
           'sortop=' || a.aggsortop::pg_catalog.regoperator::text,
           'stype=' || a.aggtranstype::pg_catalog.regtype::text, 'sspace=' || a.aggtransspace::text,
           'mstype=' || a.aggmtranstype::pg_catalog.regtype::text, 'msspace=' || a.aggmtransspace::text,
           'initcond=' || COALESCE(a.agginitval, '-'),
           'minitcond=' || COALESCE(a.aggminitval, '-'))
FROM m JOIN pg_catalog.pg_aggregate a ON m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND a.aggfnoid = m.objid
UNION ALL
SELECT 'type', t.oid::pg_catalog.regtype::text,
       pg_catalog.concat_ws(' | ',
           'typtype=' || t.typtype::text, 'len=' || t.typlen::text, 'byval=' || t.typbyval::text,
           'align=' || t.typalign::text, 'storage=' || t.typstorage::text, 'category=' || t.typcategory::text,
           'input=' || t.typinput::pg_catalog.oid::pg_catalog.regprocedure::text,
           'output=' || t.typoutput::pg_catalog.oid::pg_catalog.regprocedure::text,
           'receive=' || t.typreceive::pg_catalog.oid::pg_catalog.regprocedure::text,
           'send=' || t.typsend::pg_catalog.oid::pg_catalog.regprocedure::text,
           'typmodin=' || t.typmodin::pg_catalog.oid::pg_catalog.regprocedure::text,
           'typmodout=' || t.typmodout::pg_catalog.oid::pg_catalog.regprocedure::text,
           'analyze=' || t.typanalyze::pg_catalog.oid::pg_catalog.regprocedure::text,
           'element=' || t.typelem::pg_catalog.regtype::text, 'delim=' || t.typdelim::text,
           'default=' || COALESCE(t.typdefault, '-'),
           'acl=' || COALESCE(t.typacl::text, '-'),
           'attributes=' || COALESCE((
               SELECT pg_catalog.string_agg(pg_catalog.quote_ident(at.attname::text) || ' '
                                            || pg_catalog.format_type(at.atttypid, at.atttypmod), ', '
                                            ORDER BY at.attnum)
               FROM pg_catalog.pg_attribute at
               WHERE at.attrelid = t.typrelid AND at.attnum > 0 AND NOT at.attisdropped), '-'))
FROM m JOIN pg_catalog.pg_type t ON m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.oid = m.objid
UNION ALL
-- comments on members, and on the attributes of member composite types
SELECT 'comment', pg_catalog.pg_describe_object(c.classoid, c.objoid, c.objsubid), c.description
FROM m JOIN pg_catalog.pg_description c ON c.classoid = m.classid AND c.objoid = m.objid
UNION ALL
SELECT 'comment', pg_catalog.pg_describe_object(c.classoid, c.objoid, c.objsubid), c.description
FROM m JOIN pg_catalog.pg_type t ON m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.oid = m.objid
JOIN pg_catalog.pg_description c ON c.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND c.objoid = t.typrelid
WHERE t.typrelid <> 0;

CREATE TEMP TABLE ca_fp (source text, kind text, object text, detail text);
CREATE TEMP TABLE ca_upgrade_errors (version text, error text);

-- Released versions: every version with an install script other than the current one.
CREATE TEMP TABLE ca_released AS
SELECT v.version
FROM pg_catalog.pg_available_extension_versions v
JOIN pg_catalog.pg_available_extensions x ON x.name = v.name
WHERE v.name = 'customer_analytics' AND v.version <> x.default_version;

SELECT is((SELECT pg_catalog.array_agg(version ORDER BY version) FROM ca_released), ARRAY['0.1.0', '0.2.0', '0.3.0', '0.4.0'],
          'the released 0.1.0, 0.2.0, 0.3.0 and 0.4.0 install scripts are installed (src/releases)');

SELECT is_empty($$
  SELECT r.version FROM ca_released r
  WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension_update_paths('customer_analytics') p
                    JOIN pg_catalog.pg_available_extensions x ON x.name = 'customer_analytics'
                    WHERE p.source = r.version AND p.target = x.default_version AND p.path IS NOT NULL)
$$, 'every released version has an update path to the default version (src/updates)');

-- From each released version: drop, install that version, update, fingerprint.  An error
-- (a C symbol the released SQL names but the library lacks, a failing update statement)
-- is recorded and the step rolled back.
DO $$
DECLARE
    v text;
    got text;
    want text;
BEGIN
    FOR v IN SELECT version FROM ca_released ORDER BY version LOOP
        BEGIN
            DROP EXTENSION customer_analytics;
            EXECUTE pg_catalog.format('CREATE EXTENSION customer_analytics VERSION %L', v);
            SELECT extversion INTO got FROM pg_catalog.pg_extension WHERE extname = 'customer_analytics';
            IF got IS DISTINCT FROM v THEN
                RAISE EXCEPTION 'CREATE EXTENSION VERSION % installed %', v, got;
            END IF;
            ALTER EXTENSION customer_analytics UPDATE;
            SELECT e.extversion, x.default_version INTO got, want
            FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_available_extensions x ON x.name = e.extname
            WHERE e.extname = 'customer_analytics';
            IF got IS DISTINCT FROM want THEN
                RAISE EXCEPTION 'ALTER EXTENSION UPDATE from % reached %, not %', v, got, want;
            END IF;
            INSERT INTO ca_fp SELECT 'updated from ' || v, f.* FROM ca_fingerprint f;
        EXCEPTION WHEN OTHERS THEN
            INSERT INTO ca_upgrade_errors VALUES (v, SQLSTATE || ': ' || SQLERRM);
        END;
    END LOOP;
END
$$;

SELECT is_empty($$ SELECT version || ' -> ' || error FROM ca_upgrade_errors $$,
                'CREATE EXTENSION VERSION and ALTER EXTENSION UPDATE succeed from every released version');

SELECT is((SELECT pg_catalog.count(DISTINCT source)::int FROM ca_fp),
          (SELECT pg_catalog.count(*)::int FROM ca_released),
          'a fingerprint was taken after updating from each released version');

-- A fresh install of the current version.
DROP EXTENSION customer_analytics;
CREATE EXTENSION customer_analytics;
INSERT INTO ca_fp SELECT 'fresh', f.* FROM ca_fingerprint f;

SELECT cmp_ok((SELECT pg_catalog.count(*)::int FROM ca_fp WHERE source = 'fresh' AND kind = 'member'), '>', 50,
              'the fingerprint sees the members of a fresh install');

-- Updated vs fresh, kind by kind, for every released version (the version is in each row,
-- so a difference says which upgrade path is wrong).
CREATE TEMP VIEW ca_fp_expected AS
SELECT u.source, f.kind, f.object, f.detail
FROM ca_fp f CROSS JOIN (SELECT DISTINCT source FROM ca_fp WHERE source <> 'fresh') u
WHERE f.source = 'fresh';

SELECT set_eq($$ SELECT source, object, detail FROM ca_fp WHERE source <> 'fresh' AND kind = 'member' $$,
              $$ SELECT source, object, detail FROM ca_fp_expected WHERE kind = 'member' $$,
              'updated: the same member objects as a fresh install');
SELECT set_eq($$ SELECT source, object, detail FROM ca_fp WHERE source <> 'fresh' AND kind = 'function' $$,
              $$ SELECT source, object, detail FROM ca_fp_expected WHERE kind = 'function' $$,
              'updated: functions have the same arguments, result, volatility, strictness, parallel safety, C symbol');
SELECT set_eq($$ SELECT source, object, detail FROM ca_fp WHERE source <> 'fresh' AND kind = 'aggregate' $$,
              $$ SELECT source, object, detail FROM ca_fp_expected WHERE kind = 'aggregate' $$,
              'updated: aggregates have the same support functions, state type, SSPACE, INITCOND');
SELECT set_eq($$ SELECT source, object, detail FROM ca_fp WHERE source <> 'fresh' AND kind = 'type' $$,
              $$ SELECT source, object, detail FROM ca_fp_expected WHERE kind = 'type' $$,
              'updated: types have the same I/O functions, storage and attributes');
SELECT set_eq($$ SELECT source, object, detail FROM ca_fp WHERE source <> 'fresh' AND kind = 'comment' $$,
              $$ SELECT source, object, detail FROM ca_fp_expected WHERE kind = 'comment' $$,
              'updated: every comment is the same as in a fresh install');

SELECT * FROM finish();
ROLLBACK;
