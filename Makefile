# customer_analytics: PGXS build.
#
#   make && make install        build and install into the PostgreSQL found by pg_config
#   make test / demo / bench    the throwaway-cluster harness (.ci/harness); no running server needed
#
# Warnings-as-errors and assertion flags come from the harness through PG_CFLAGS,
# never from this file, so packagers with newer compilers can still build.

EXTENSION  = customer_analytics
EXTVERSION = 0.5.0

MODULE_big = customer_analytics
# One capability per C file; pure numerics (no postgres.h) in *_math.c / seq_pattern.c.
OBJS = \
	src/common.o \
	src/rfm.o \
	src/rfm_segment.o \
	src/rfm_quantile.o \
	src/funnel.o \
	src/funnel_state.o \
	src/event_log.o \
	src/funnel_report.o \
	src/retention.o \
	src/cohort.o \
	src/sequence.o \
	src/seq_pattern.o \
	src/churn.o \
	src/btyd.o \
	src/btyd_math.o

# The install script is generated from the SQL declarations beside each C file.
CAPABILITY_SQL = \
	src/rfm.sql \
	src/funnel.sql \
	src/retention.sql \
	src/cohort.sql \
	src/sequence.sql \
	src/churn.sql \
	src/btyd.sql

DATA_built = $(EXTENSION)--$(EXTVERSION).sql
# Frozen install scripts of released versions (CREATE EXTENSION ... VERSION 'x') and the
# upgrade scripts between versions (ALTER EXTENSION ... UPDATE): never edited once released.
DATA = $(wildcard src/releases/$(EXTENSION)--*.sql) $(wildcard src/updates/$(EXTENSION)--*--*.sql)

REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)

EXTRA_CLEAN = $(EXTENSION)--$(EXTVERSION).sql results regression.diffs regression.out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The control file's default_version must be EXTVERSION.
CONTROL_VERSION := $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" $(EXTENSION).control)
ifneq ($(CONTROL_VERSION),$(EXTVERSION))
$(error $(EXTENSION).control has default_version '$(CONTROL_VERSION)' but the Makefile says '$(EXTVERSION)')
endif

$(EXTENSION)--$(EXTVERSION).sql: $(CAPABILITY_SQL) Makefile
	{ printf '%s\n' '\echo Use "CREATE EXTENSION customer_analytics" to load this file. \quit'; \
	  echo '-- customer_analytics $(EXTVERSION): generated from src/*.sql by make; edit those files.'; \
	  for f in $(CAPABILITY_SQL); do echo; echo "-- ---- $$f ----"; cat $$f; done; } > $@


.PHONY: test demo bench valgrind fuzz dist
test:
	bash .ci/harness test
demo:
	bash .ci/harness demo
bench:
	bash .ci/harness bench
valgrind:
	bash .ci/harness valgrind
fuzz:
	bash .ci/harness fuzz

# The release archive (PGXN layout: one top folder named name-version) of the committed
# tree: sources, SQL, tests, docs, control, META.json; no build products.
DISTDIR ?= dist
dist:
	@git diff --quiet HEAD -- 2>/dev/null || echo "make dist: warning: uncommitted changes are not in the archive" >&2
	mkdir -p $(DISTDIR)
	git archive --format=tar.gz --prefix=$(EXTENSION)-$(EXTVERSION)/ -o $(DISTDIR)/$(EXTENSION)-$(EXTVERSION).tar.gz HEAD
	@echo "$(DISTDIR)/$(EXTENSION)-$(EXTVERSION).tar.gz"
