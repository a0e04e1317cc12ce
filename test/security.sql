-- Security: the extension is trusted, and a hostile search_path cannot change its
-- results or make it run the user's code.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(5);

-- A schema that shadows operators and functions an install script or SQL-language
-- body might use unqualified. Each shadow logs to a tripwire and returns nonsense.
CREATE SCHEMA evil;
CREATE TABLE evil.tripwire (what text);
CREATE FUNCTION evil.trip(w text) RETURNS void LANGUAGE sql AS $$ INSERT INTO evil.tripwire VALUES (w) $$;
CREATE FUNCTION evil.int_eq(int, int) RETURNS bool LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('int ='); RETURN false; END $$;
CREATE OPERATOR evil.= (LEFTARG = int, RIGHTARG = int, FUNCTION = evil.int_eq);
CREATE FUNCTION evil.int8_eq(bigint, bigint) RETURNS bool LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('bigint ='); RETURN false; END $$;
CREATE OPERATOR evil.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = evil.int8_eq);
CREATE FUNCTION evil.text_cat(text, text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('text ||'); RETURN 'pwned'; END $$;
CREATE OPERATOR evil.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.text_cat);
CREATE FUNCTION evil.int_div(int, int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('int /'); RETURN 0; END $$;
CREATE OPERATOR evil./ (LEFTARG = int, RIGHTARG = int, FUNCTION = evil.int_div);
CREATE FUNCTION evil.f8_div(float8, float8) RETURNS float8 LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('float8 /'); RETURN 0; END $$;
CREATE OPERATOR evil./ (LEFTARG = float8, RIGHTARG = float8, FUNCTION = evil.f8_div);
CREATE FUNCTION evil.repeat(text, int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('repeat'); RETURN 'pwned'; END $$;
CREATE FUNCTION evil.round(numeric, int) RETURNS numeric LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('round'); RETURN -1; END $$;
CREATE FUNCTION evil.round(float8) RETURNS float8 LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('round8'); RETURN -1; END $$;
CREATE FUNCTION evil.array_length(anyarray, int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('array_length'); RETURN 0; END $$;
CREATE FUNCTION evil.cardinality(anyarray) RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('cardinality'); RETURN 0; END $$;
CREATE FUNCTION evil.generate_series(int, int) RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('generate_series'); RETURN; END $$;
CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN PERFORM evil.trip('lower'); RETURN 'pwned'; END $$;
CREATE FUNCTION evil.coalesce_(anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT $1 $$;

-- One query per capability; each returns text so results compare simply. The queries'
-- own operators are qualified: only what happens inside the extension is under test.
CREATE TEMP TABLE q (name text, sql text);
INSERT INTO q VALUES
 ('rfm', $$SELECT (rfm_agg(ts, amt, timestamptz '2025-02-01'))::text FROM (VALUES (timestamptz '2025-01-01', 10.5::numeric), ('2025-01-20', 4)) v(ts, amt)$$),
 ('rfm_model', $$SELECT rfm_model(r, f, m, 4)::text FROM (SELECT g::float8 r, (g % 7)::float8 f, (g * 3 % 11)::float8 m FROM pg_catalog.generate_series(1, 50) g) s$$),
 ('rfm_score', $$SELECT rfm_score(rfm_model(r, f, m), 3, 2, 5)::text FROM (SELECT g::float8 r, (g % 7)::float8 f, (g * 3 % 11)::float8 m FROM pg_catalog.generate_series(1, 50) g) s$$),
 ('rfm_segment', $$SELECT pg_catalog.concat(rfm_segment(5, 4, 3), rfm_segment(1, 1, 1, 'zh'))$$),
 ('window_funnel', $$SELECT window_funnel('1 hour', ts, e = 'view', e = 'cart', e = 'pay')::text FROM (VALUES (timestamptz '2025-01-01 10:00', 'view'), ('2025-01-01 10:05', 'cart'), ('2025-01-01 10:30', 'pay')) v(ts, e)$$),
 ('funnel_report', $$SELECT string_agg(r::text, ';') FROM funnel_report(ARRAY[100, 60, 30]::bigint[], ARRAY['view', 'cart', 'pay']) r$$),
 ('retention', $$SELECT retention(d OPERATOR(pg_catalog.=) 1, d OPERATOR(pg_catalog.=) 2, d OPERATOR(pg_catalog.=) 3)::text FROM (VALUES (1), (3)) v(d)$$),
 ('sequence', $$SELECT sequence_count('(?1)(?2)', ts, e = 'a', e = 'b')::text FROM (VALUES (timestamptz '2025-01-01', 'a'), ('2025-01-02', 'b'), ('2025-01-03', 'a'), ('2025-01-04', 'b')) v(ts, e)$$),
 ('churn', $$SELECT churn_signals(ts, amt, timestamptz '2025-06-01')::text FROM (VALUES (timestamptz '2025-01-01', 10::numeric), ('2025-02-01', 20), ('2025-03-01', 5)) v(ts, amt)$$),
 ('btyd', $$SELECT btyd_summary(ts, amt, timestamptz '2025-06-01')::text FROM (VALUES (timestamptz '2025-01-01', 10::numeric), ('2025-02-01', 20), ('2025-03-01', 5)) v(ts, amt)$$);

CREATE TEMP TABLE normal AS SELECT name, NULL::text AS result FROM q;
DO $$ DECLARE r record; v text; BEGIN
  FOR r IN SELECT * FROM q LOOP EXECUTE r.sql INTO v; UPDATE normal SET result = v WHERE name = r.name; END LOOP;
END $$;

SET LOCAL search_path = evil, pg_catalog, public, pg_temp;
CREATE TEMP TABLE hostile AS SELECT name, NULL::text AS result FROM q;
DO $$ DECLARE r record; v text; BEGIN
  FOR r IN SELECT * FROM q LOOP EXECUTE r.sql INTO v; UPDATE hostile SET result = v WHERE name = r.name; END LOOP;
END $$;
RESET search_path;

SELECT is((SELECT count(*) FROM normal WHERE result IS NULL), 0::bigint, 'every capability query returns a value');
SELECT results_eq('SELECT name, result FROM hostile ORDER BY name', 'SELECT name, result FROM normal ORDER BY name',
                  'results are identical under a hostile search_path');
SELECT is((SELECT string_agg(DISTINCT what, ', ') FROM evil.tripwire), NULL, 'no user-schema shadow was ever called');

-- Installing under a hostile search_path: the install script must not call user code either.
DELETE FROM evil.tripwire;
DROP EXTENSION customer_analytics;
SET LOCAL search_path = evil, public, pg_catalog;
CREATE SCHEMA ca2;
CREATE EXTENSION customer_analytics SCHEMA ca2;
RESET search_path;
SELECT is((SELECT string_agg(DISTINCT what, ', ') FROM evil.tripwire), NULL, 'CREATE EXTENSION under a hostile search_path calls no user code');
SELECT is((SELECT ca2.rfm_segment(5, 5, 5)), 'Champions', 'the extension works from another schema');

SELECT * FROM finish();
ROLLBACK;
