#!/usr/bin/env bash
# test/fuzz/run.sh: build the libFuzzer harness and run every target for a
# bounded time.  Run from anywhere; `bash .ci/harness fuzz [seconds]` calls it.
#
#   bash test/fuzz/run.sh [SECONDS] [TARGET...]   fuzz each target SECONDS (default 60)
#   bash test/fuzz/run.sh --list                  build, then list the targets
#   bash test/fuzz/run.sh --selftest [SECONDS]    prove planted bugs are found
#
# Environment: CA_PG_VERSION (15), PG_CONFIG, CA_FUZZ_SRC (the folder of the
# extension's C and SQL, default src/), CA_FUZZ_BUILD (default test/fuzz/build),
# CA_FUZZ_JOBS (parallel compiles),
# CA_FUZZ_STRICT_OVERFLOW=1 (report every signed overflow, see below).
# Exit status: 0 when no target found anything, 1 on findings, 2 when the
# harness itself could not be built or run.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SRC=${CA_FUZZ_SRC:-$ROOT/src}
BUILD=${CA_FUZZ_BUILD:-$HERE/build}
PGV=${CA_PG_VERSION:-15}

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'fuzz: %s\n' "$*" >&2; exit 2; }

MODE=run
case "${1:-}" in
	--list) MODE=list; shift ;;
	--selftest) MODE=selftest; shift ;;
	-h|--help) sed -n '2,13p' "$0"; exit 0 ;;
esac
SECS=${1:-60}
[[ "$SECS" =~ ^[0-9]+$ ]] || die "seconds must be a number, not '$SECS'"
shift || true
ONLY=("$@")

# ---------------------------------------------------------------- toolchain
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PGV/bin/pg_config}
[ -x "$PG_CONFIG" ] || PG_CONFIG=$(command -v pg_config || true)
[ -n "$PG_CONFIG" ] && [ -x "$PG_CONFIG" ] ||
	die "pg_config not found: install postgresql-server-dev-$PGV (bash .ci/harness fuzz does)"
INC=$("$PG_CONFIG" --includedir-server)
# Debian keeps the static frontend libraries in pkglibdir, others in libdir
LIBDIR=$("$PG_CONFIG" --pkglibdir)
[ -f "$LIBDIR/libpgcommon.a" ] || LIBDIR=$("$PG_CONFIG" --libdir)
[ -f "$INC/postgres.h" ] ||
	die "PostgreSQL server headers not found in $INC: install postgresql-server-dev-$PGV"
for lib in libpgcommon.a libpgport.a; do
	[ -f "$LIBDIR/$lib" ] || die "$LIBDIR/$lib not found (part of postgresql-server-dev-$PGV)"
done
CC=${CC:-clang}
command -v "$CC" >/dev/null || die "$CC not found: install clang and libclang-rt-14-dev"
command -v perl >/dev/null || die "perl not found"
[ -d "$SRC" ] || die "no source folder $SRC"

JOBS=${CA_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}
SAN=(-fsanitize=address,undefined -fno-sanitize-recover=all)
# -fwrapv as in the server build, so signed overflow wraps as it would there
# (UBSan cannot see it).  CA_FUZZ_STRICT_OVERFLOW=1 drops it: every signed
# overflow is then a finding, including unreachable ones such as summing the
# counts of two absurd deserialized states.
WRAPV=(-fwrapv)
[ "${CA_FUZZ_STRICT_OVERFLOW:-0}" = 1 ] && WRAPV=()
CFLAGS_COMMON=(-g -O1 -fno-omit-frame-pointer -fno-strict-aliasing "${WRAPV[@]}" -std=gnu99
	-DUSE_ASSERT_CHECKING -DCA_FUZZ "${SAN[@]}"
	-I"$HERE" -I"$SRC" -isystem "$INC" -Wall -Werror=implicit-function-declaration -Wno-unused-parameter -Wno-missing-field-initializers -Wno-ignored-attributes)

# ---------------------------------------------------------------- build
# build OUTDIR [extra cflags...]: leaves OUTDIR/ca_fuzz
build() {
	local out=$1
	shift
	local extra=("$@")
	local obj=$out/obj pp=$out/pp
	rm -rf "$obj" "$pp"
	mkdir -p "$obj/src" "$pp"

	local sqls=("$SRC"/*.sql "$HERE"/example/*.sql)
	perl "$HERE/discover.pl" "$out/targets.c" "${sqls[@]}" >"$out/targets.txt" ||
		die "target discovery failed"

	local defs=()
	if [ -f "$SRC/seq_pattern.h" ] && grep -q 'seq_pattern_compile' "$SRC/seq_pattern.h"; then
		defs+=(-DCA_FUZZ_HAVE_SEQ_PATTERN)
	fi

	# compile: the extension's C (fuzz instrumentation), then the harness
	local pids=() f n=0 failed=0
	for f in "$SRC"/*.c; do
		local b
		b=$(basename "$f" .c)
		( "$CC" "${CFLAGS_COMMON[@]}" "${extra[@]}" -fsanitize=fuzzer-no-link -c "$f" -o "$obj/src/$b.o" &&
		  "$CC" "${CFLAGS_COMMON[@]}" "${extra[@]}" -E "$f" -o "$pp/$b.i" ) >"$obj/src/$b.log" 2>&1 &
		pids+=($!)
		n=$((n + 1))
		if [ $((n % JOBS)) -eq 0 ]; then
			for p in "${pids[@]}"; do wait "$p" || failed=1; done
			pids=()
		fi
	done
	for p in "${pids[@]}"; do wait "$p" || failed=1; done
	if [ $failed = 1 ]; then
		cat "$obj"/src/*.log >&2
		die "the extension's C does not compile for the fuzz build"
	fi
	local h
	for h in pgstub fuzz_main fuzz_internal example/example "$out/targets"; do
		local s=$h.c
		[ "${h:0:1}" = / ] || s=$HERE/$h.c
		"$CC" "${CFLAGS_COMMON[@]}" "${extra[@]}" "${defs[@]}" -fsanitize=fuzzer-no-link \
			-c "$s" -o "$obj/$(basename "$h").o" 2>"$obj/$(basename "$h").log" ||
			{ cat "$obj/$(basename "$h").log" >&2; die "harness file $s does not compile"; }
	done
	rm -f "$out/libca.a"
	ar rcs "$out/libca.a" "$obj"/src/*.o

	# link; backend symbols the stub layer lacks become generated stubs that
	# end the input as "unmodelled" (functions) or zeroed storage (data)
	local link=("$CC" "${SAN[@]}" -fsanitize=fuzzer -o "$out/ca_fuzz"
		"$obj/fuzz_main.o" "$obj/pgstub.o" "$obj/fuzz_internal.o" "$obj/example.o" "$obj/targets.o")
	local libs=(-Wl,--start-group "$out/libca.a" "$LIBDIR/libpgcommon.a" "$LIBDIR/libpgport.a" -Wl,--end-group -lm)
	: >"$out/autostub.txt"
	if ! "${link[@]}" "${libs[@]}" >"$out/link.log" 2>&1; then
		grep -q 'undefined reference' "$out/link.log" || { cat "$out/link.log" >&2; die "link failed"; }
		local undef
		undef=$(grep -o "undefined reference to \`[A-Za-z_0-9]*'" "$out/link.log" | sed "s/.*\`//; s/'//" | sort -u)
		local wanted missing=()
		wanted=$(sed -n 's|^/\* symbols: \(.*\) \*/$|\1|p' "$out/targets.c")
		for s in $undef; do
			case " $wanted " in *" $s "*) missing+=("$s") ;; esac
		done
		[ ${#missing[@]} -eq 0 ] ||
			die "declared in SQL (AS 'MODULE_PATHNAME', '...') but defined by no C file: ${missing[*]}"
		perl -e '
			my ($out, @syms) = @ARGV;
			local $/; my $pp = "";
			for my $f (glob("'"$pp"'/*.i")) { open my $h, "<", $f or die; $pp .= <$h>; }
			open my $o, ">", $out or die;
			print $o "/* Generated by run.sh: backend symbols pgstub.c does not model. */\n";
			print $o "extern void fz_unmodelled(const char *symbol) __attribute__((noreturn));\n";
			for my $s (@syms) {
				if ($pp =~ /\b\Q$s\E\b/ && $pp !~ /\b\Q$s\E\s*\(/) {
					print $o "char $s\[4096\] __attribute__((aligned(64)));\n";
					print STDERR "data $s\n";
				} else {
					print $o "void $s(void) { fz_unmodelled(\"$s\"); }\n";
					print STDERR "function $s\n";
				}
			}' "$out/autostub.c" $undef 2>"$out/autostub.txt"
		"$CC" -g -O1 -c "$out/autostub.c" -o "$obj/autostub.o" || die "autostub.c does not compile"
		"${link[@]}" "$obj/autostub.o" "${libs[@]}" >"$out/link.log" 2>&1 ||
			{ cat "$out/link.log" >&2; die "link failed even with generated stubs"; }
	fi

	# dictionary: the string literals of the extension's C (keys, keywords)
	perl -ne 'while (/"([ -!#-\[\]-~]{1,24})"/g) { my $s = $1; next if $s =~ /%/; print "\"$s\"\n" unless $seen{$s}++; }' \
		"$SRC"/*.c "$HERE"/example/*.c >"$out/auto.dict"
}

list_targets() { CA_FUZZ_TARGET=list "$1/ca_fuzz" 2>/dev/null; }

# run_target BIN NAME MAXLEN SECS -> prints a line; sets LAST_EXECS, LAST_FINDINGS
run_target() {
	local bin=$1 t=$2 maxlen=$3 secs=$4 base=$5
	local logs=$base/logs corpus=$base/corpus/$t findings=$base/findings/$t
	mkdir -p "$logs" "$corpus"
	rm -rf "$findings"
	mkdir -p "$findings"
	local seeds=()
	[ -d "$HERE/corpus/$t" ] && seeds=("$HERE/corpus/$t")
	# valid texts printed by earlier recv_/deser_ targets of this run
	[ -d "$base/emitted/$t" ] && seeds+=("$base/emitted/$t")
	local dict=()
	[ -s "$base/auto.dict" ] && dict=(-dict="$base/auto.dict")
	CA_FUZZ_TARGET=$t CA_FUZZ_EMIT=$base/emitted ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1} \
		UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
		"$bin" -max_total_time="$secs" -rss_limit_mb=2048 -max_len="$maxlen" -timeout=10 \
		-print_final_stats=1 -artifact_prefix="$findings/" "${dict[@]}" \
		"$corpus" "${seeds[@]}" >"$logs/$t.log" 2>&1
	local rc=$?
	LAST_EXECS=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$t.log" | tail -1)
	[ -n "$LAST_EXECS" ] || LAST_EXECS=$(grep -Eo '^#[0-9]+' "$logs/$t.log" | tail -1 | tr -d '#')
	local cov ft stats
	cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$logs/$t.log" | tail -1)
	stats=$(sed -n "s/^ca_fuzz: target $t: //p" "$logs/$t.log" | head -1)
	local files
	files=$(find "$findings" -type f ! -name 'slow-unit-*' | sort)
	LAST_FINDINGS=$(printf '%s' "$files" | grep -c . || true)
	if [ "$LAST_FINDINGS" = 0 ] && [ $rc -ne 0 ]; then
		LAST_FINDINGS=1		# libFuzzer failed without saving an input
	fi
	printf '%-40s execs %10s  %-22s findings %s\n' "$t" "${LAST_EXECS:-0}" "${cov:-cov: ?}" "$LAST_FINDINGS"
	[ -n "$stats" ] && printf '    %s\n' "$stats"
	sed -n "s/^ca_fuzz: target $t: \(rejections.*\|unmodelled.*\)/    \1/p" "$logs/$t.log"
	if [ "$LAST_FINDINGS" != 0 ]; then
		grep -E '==ca_fuzz== FINDING|^SUMMARY: |ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|deadly signal' \
			"$logs/$t.log" | head -5 | sed 's/^/    ! /'
		local f
		for f in $files; do
			printf '    ! input: %s\n' "$f"
			printf '    ! reproduce: CA_FUZZ_TARGET=%s %s %s\n' "$t" "$bin" "$f"
		done
		[ $rc -ne 0 ] && [ -z "$files" ] && printf '    ! libFuzzer exited %d; see %s\n' $rc "$logs/$t.log"
	fi
}

# ---------------------------------------------------------------- modes
if [ "$MODE" = selftest ]; then
	secs=${SECS:-30}
	[ "$secs" -gt 0 ] || secs=30
	bad=0
	for plant in 1:text_fuzz_example_pair 2:deser_fuzz_example_deserialize; do
		n=${plant%%:*} t=${plant#*:}
		d=$BUILD/selftest$n
		mkdir -p "$d"
		say "selftest: building with CA_FUZZ_PLANT_BUG=$n, expecting a finding in $t"
		build "$d" -DCA_FUZZ_PLANT_BUG="$n"
		maxlen=$(list_targets "$d" | awk -v t="$t" '$1 == t { print $3 }')
		run_target "$d/ca_fuzz" "$t" "$maxlen" "$secs" "$d"
		if [ "$LAST_FINDINGS" = 0 ]; then
			echo "selftest: planted bug $n NOT found in $t"
			bad=1
		else
			echo "selftest: planted bug $n found in $t"
		fi
	done
	exit $bad
fi

mkdir -p "$BUILD"
say "building the fuzz harness into $BUILD (sources: $SRC)"
build "$BUILD"
say "targets discovered from the SQL declarations:"
sed 's/^/    /' "$BUILD/targets.txt" >&2
if [ -s "$BUILD/autostub.txt" ]; then
	say "backend symbols not modelled by pgstub.c (generated stubs): $(awk '{print $2}' "$BUILD/autostub.txt" | tr '\n' ' ')"
fi
[ -f "$SRC/seq_pattern.h" ] || say "src/seq_pattern.h absent: seq_pattern target skipped"

if [ "$MODE" = list ]; then
	list_targets "$BUILD"
	exit 0
fi

# recv_ and deser_ first: the values they print seed the text_ targets
rm -rf "$BUILD/emitted"
mapfile -t TARGETS < <(list_targets "$BUILD" | awk '{ print ($2 == "text" ? 1 : 0), $0 }' | sort -s -k1,1n | cut -d' ' -f2-)
[ ${#TARGETS[@]} -gt 0 ] || die "the harness lists no targets"
total_execs=0 total_findings=0 ran=0
say "fuzzing each target for ${SECS}s"
for line in "${TARGETS[@]}"; do
	read -r t kind maxlen _ <<<"$line"
	if [ ${#ONLY[@]} -gt 0 ]; then
		keep=0
		for o in "${ONLY[@]}"; do [[ "$t" == $o ]] && keep=1; done
		[ $keep = 1 ] || continue
	fi
	run_target "$BUILD/ca_fuzz" "$t" "$maxlen" "$SECS" "$BUILD"
	total_execs=$((total_execs + ${LAST_EXECS:-0}))
	total_findings=$((total_findings + LAST_FINDINGS))
	ran=$((ran + 1))
done
[ $ran -gt 0 ] || die "no target matches: ${ONLY[*]}"
echo "fuzz: $ran targets, ${SECS}s each, $total_execs executions, $total_findings findings"
[ "$total_findings" = 0 ] || exit 1
exit 0
