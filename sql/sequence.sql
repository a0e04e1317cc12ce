-- sequence_match, sequence_count
-- ClickHouse documentation example: events 1, 2, 3 at times 1, 2, 3 (and 4 later)
CREATE TEMP TABLE t (time timestamp, number int);
INSERT INTO t VALUES ('2020-01-01 00:00:01', 1), ('2020-01-01 00:00:02', 3), ('2020-01-01 00:00:03', 2);
SELECT sequence_match('(?1)(?2)', time, number = 1, number = 2) FROM t;
SELECT sequence_match('(?1)(?2)', time, number = 1, number = 2, number = 3) FROM t;
SELECT sequence_match('(?1)(?2)', time, number = 1, number = 2, number = 4) FROM t;
INSERT INTO t VALUES ('2020-01-01 00:00:04', 1), ('2020-01-01 00:00:05', 3), ('2020-01-01 00:00:06', 2);
SELECT sequence_count('(?1).*(?2)', time, number = 1, number = 2) FROM t;
SELECT sequence_count('(?1)(?2)', time, number = 1, number = 2, number = 3) FROM t;

-- time constraints: seconds between the events around them (any events may lie between)
SELECT p, sequence_match(p, time, number = 1, number = 2) AS m, sequence_count(p, time, number = 1, number = 2) AS c
FROM t, (VALUES ('(?1)(?t<=2)(?2)'), ('(?1)(?t<2)(?2)'), ('(?1)(?t==2)(?2)'), ('(?1)(?t>=5)(?2)'),
                ('(?1)(?t>5)(?2)'), ('(?1).(?2)'), ('(?1)..(?2)'), ('.*'), ('(?2)(?1)')) p(p)
GROUP BY p ORDER BY p;

-- events where no condition holds are dropped before matching: "." skips them
SELECT sequence_match('(?1).(?2)', time, number = 1, number = 2) AS with_3_dropped,
       sequence_match('(?1).(?2)', time, number = 1, number = 2, number = 3) AS with_3_kept
FROM t WHERE time < '2020-01-01 00:00:04';

-- equal timestamps: ordered by condition bitmask (condition 1 first)
SELECT sequence_match('(?1)(?2)', ts, c1, c2) AS one_two, sequence_match('(?2)(?1)', ts, c1, c2) AS two_one
FROM (VALUES (timestamptz '2024-05-01 10:00+08', false, true), ('2024-05-01 10:00+08', true, false)) v(ts, c1, c2);

-- NULL conditions are false; NULL times are skipped; no rows → false / 0
SELECT sequence_match('(?1)', ts, c), sequence_count('(?1)', ts, c)
FROM (VALUES (timestamptz '2024-01-01', NULL::bool), (NULL, true)) v(ts, c);
SELECT sequence_match('(?1)', now(), true), sequence_count('(?1)', now(), true) FROM generate_series(1, 0);

-- time constraint after .* is measured from the event after the .* (ClickHouse)
SELECT sequence_match('(?1).*(?t>10)(?2)', ts, c1, c2)
FROM (VALUES (timestamptz '2024-01-01 00:00:00', true, false), ('2024-01-01 00:01:00', false, true)) v(ts, c1, c2);

-- adversarial pattern on a long stream finishes quickly
SELECT sequence_count('(?1).*.*.*.*.*.*(?2)', timestamptz '2024-01-01' + x * interval '1 second', x % 7 = 0, x % 1000 = 999),
       sequence_match('(?1).*(?t>=1).*(?t>=1).*(?2)(?t<=3)(?3)', timestamptz '2024-01-01' + x * interval '1 second', x % 7 = 0, x % 1000 = 999, x = 19999)
FROM generate_series(1, 20000) x;

-- errors: malformed patterns (42601) and unusable ones (22023), with positions
SELECT sequence_match('(?1)(?x)', now(), true);
SELECT sequence_match('(?1', now(), true);
SELECT sequence_match('(?1)(?t~5)', now(), true);
SELECT sequence_match('(?1)(?t>)', now(), true);
SELECT sequence_match('(?1) (?1)', now(), true);
SELECT sequence_match('(?1)x', now(), true);
SELECT sequence_match('(?', now(), true);
SELECT sequence_match('(?2)', now(), true);
SELECT sequence_match('(?0)', now(), true);
SELECT sequence_match('(?1)(?t>1)(?t<5)(?1)', now(), true);
SELECT sequence_match('(?1)(?t>99999999999999)(?1)', now(), true);
SELECT sequence_match('é(?1)', now(), true);
SELECT sequence_match(NULL, now(), true);
SELECT sequence_match(p, now(), true) FROM (VALUES ('(?1)'), ('(?1).')) v(p);
SELECT sequence_match('(?1)', now(), VARIADIC c) FROM (VALUES (ARRAY[true]), (ARRAY[true, false])) v(c);
SELECT sequence_match('(?1)', now(), VARIADIC array_fill(true, ARRAY[33]));
SELECT sequence_match('(?1)', now(), VARIADIC ARRAY[]::bool[]);
SELECT sequence_count('(?1)', 'infinity'::timestamptz, true);
