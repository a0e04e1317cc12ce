\echo Use "ALTER EXTENSION customer_analytics UPDATE TO '0.3.0'" to load this file. \quit
-- customer_analytics 0.2.0 -> 0.3.0
--
-- The rule: every change to src/*.sql after a release needs the matching statements here,
-- so that ALTER EXTENSION ... UPDATE from the released version ends with exactly the catalog
-- a fresh CREATE EXTENSION of this version gives.  test/upgrade.sql installs each released
-- version (the frozen src/releases/customer_analytics--*.sql), updates it, and compares a
-- fingerprint of every member object (signatures, results, volatility, strictness, parallel
-- safety, C symbols, every pg_aggregate column, types, comments) with a fresh install: it
-- fails until this file is right.
--
-- How to write the statements:
--   new function / aggregate / type  the same CREATE ... (and its COMMENT ON) as in src/*.sql
--   changed comment                  the new COMMENT ON
--   changed volatility, strictness, PARALLEL, COST, ROWS   ALTER FUNCTION ...
--   changed C body of an SQL function (same arguments and result)   CREATE OR REPLACE FUNCTION
--   changed aggregate options (SSPACE, COMBINEFUNC, ...)   CREATE OR REPLACE AGGREGATE (PG 12+)
--   removed object                   DROP ... (say why: users' views may depend on it)
-- Never DROP and re-CREATE an object that still exists: that breaks users' views.
-- Write @extschema@.name and pg_catalog.x as in src/*.sql.  Keep every C symbol that a released
-- script references in the shared library, or CREATE EXTENSION ... VERSION '0.1.0' or '0.2.0' fails.
-- Once 0.3.0 is released, this file is frozen: later changes go into 0.3.0--<next>.sql.


-- ---- changed: sequence_match / sequence_count declare SSPACE (src/sequence.sql) ----
-- In a hashed GROUP BY their groups now keep their events in the aggregate's event log, a
-- few dozen bytes per group and 16 per event; without SSPACE the planner assumed 8 kB per
-- group and planned a hash aggregation that spilled most groups to disk.

CREATE OR REPLACE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, VARIADIC conds bool[]) (
    SFUNC = @extschema@.sequence_trans,
    STYPE = internal,
    SSPACE = 450,
    FINALFUNC = @extschema@.sequence_match_final,
    COMBINEFUNC = @extschema@.sequence_combine,
    SERIALFUNC = @extschema@.sequence_serialize,
    DESERIALFUNC = @extschema@.sequence_deserialize,
    PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, VARIADIC conds bool[]) (
    SFUNC = @extschema@.sequence_trans,
    STYPE = internal,
    SSPACE = 450,
    FINALFUNC = @extschema@.sequence_match_final,
    COMBINEFUNC = @extschema@.sequence_combine,
    SERIALFUNC = @extschema@.sequence_serialize,
    DESERIALFUNC = @extschema@.sequence_deserialize,
    PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, VARIADIC conds bool[]) (
    SFUNC = @extschema@.sequence_trans,
    STYPE = internal,
    SSPACE = 450,
    FINALFUNC = @extschema@.sequence_count_final,
    COMBINEFUNC = @extschema@.sequence_combine,
    SERIALFUNC = @extschema@.sequence_serialize,
    DESERIALFUNC = @extschema@.sequence_deserialize,
    PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, VARIADIC conds bool[]) (
    SFUNC = @extschema@.sequence_trans,
    STYPE = internal,
    SSPACE = 450,
    FINALFUNC = @extschema@.sequence_count_final,
    COMBINEFUNC = @extschema@.sequence_combine,
    SERIALFUNC = @extschema@.sequence_serialize,
    DESERIALFUNC = @extschema@.sequence_deserialize,
    PARALLEL = SAFE
);
