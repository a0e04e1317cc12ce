#!/usr/bin/perl
# discover.pl: find the fuzz targets in the SQL declarations and write the
# C table the harness runs (fz_sql_targets[] in fuzz.h's FzTarget shape).
#
#   perl discover.pl OUT.c FILE.sql...
#
# Targets:
#   text_<type>   a type's INPUT function (cstring -> type), with its OUTPUT
#                 for the round trip; from CREATE TYPE (...) or, failing
#                 that, any C function (cstring...) RETURNS <type>
#   recv_<type>   a type's RECEIVE function, with SEND, INPUT and OUTPUT
#   deser_<sym>   a C function (bytea, internal) RETURNS internal, with the
#                 SERIALFUNC, COMBINEFUNC and FINALFUNCs (not FINALFUNC_EXTRA)
#                 of the aggregates that name it
# Prints one line per target on stdout; the C symbols the targets need are
# listed in OUT.c's comment "symbols:" for run.sh's link check.
use strict;
use warnings;

my $out = shift @ARGV or die "usage: discover.pl OUT.c FILE.sql...\n";

sub norm_name
{
	my ($n) = @_;
	$n =~ s/"//g;
	$n =~ s/^.*\.//;			# schema (@extschema@., pg_catalog., ...)
	return lc $n;
}

# The type of one argument: its last word, without schema, modes or defaults.
sub arg_type
{
	my ($a) = @_;
	$a =~ s/\s+(?:DEFAULT\b|=).*$//is;
	$a =~ s/^\s+|\s+$//g;
	my @w = split /\s+/, $a;
	return '' unless @w;
	return norm_name($w[-1]);
}

# Split at top-level commas.
sub split_top
{
	my ($s) = @_;
	my (@parts, $cur, $depth);
	$cur = '';
	$depth = 0;
	for my $c (split //, $s)
	{
		if ($c eq '(') { $depth++; }
		elsif ($c eq ')') { $depth--; }
		if ($c eq ',' && $depth == 0) { push @parts, $cur; $cur = ''; next; }
		$cur .= $c;
	}
	push @parts, $cur if $cur =~ /\S/;
	return @parts;
}

# Statements, with comments removed and quotes respected.
sub statements
{
	my ($text) = @_;
	my @st;
	my $cur = '';
	pos($text) = 0;
	while (pos($text) < length $text)
	{
		if ($text =~ /\G--[^\n]*/gc) { next; }
		elsif ($text =~ /\G\/\*.*?\*\//gcs) { next; }
		elsif ($text =~ /\G('(?:[^']|'')*')/gc) { $cur .= $1; }
		elsif ($text =~ /\G(\$(\w*)\$.*?\$\2\$)/gcs) { $cur .= ' $$body$$ '; }
		elsif ($text =~ /\G;/gc) { push @st, $cur; $cur = ''; }
		elsif ($text =~ /\G([^;'\$\/-]+|.)/gcs) { $cur .= $1; }
	}
	push @st, $cur if $cur =~ /\S/;
	return @st;
}

my (@funcs, %types, @aggs);
for my $file (@ARGV)
{
	open my $fh, '<', $file or die "$file: $!\n";
	local $/;
	my $text = <$fh>;
	close $fh;
	for my $s (statements($text))
	{
		$s =~ s/^\s+//;
		if ($s =~ /^CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+([\w@."]+)\s*\((.*?)\)\s*RETURNS\s+(.*?)\s+(?=AS\b|LANGUAGE\b|IMMUTABLE\b|STABLE\b|VOLATILE\b|STRICT\b|PARALLEL\b|CALLED\b|SECURITY\b|COST\b|ROWS\b|SET\b|WINDOW\b|LEAKPROOF\b|NOT\b|SUPPORT\b|TRANSFORM\b|RETURN\b|BEGIN\b)/is)
		{
			my ($name, $args, $ret) = (norm_name($1), $2, $3);
			next unless $s =~ /\bLANGUAGE\s+'?c'?\b/i;
			my $sym;
			if ($s =~ /\bAS\s+'MODULE_PATHNAME'\s*,\s*'(\w+)'/i) { $sym = $1; }
			elsif ($s =~ /\bAS\s+'MODULE_PATHNAME'/i) { $sym = $name; }
			else { next; }
			my @at = map { arg_type($_) } split_top($args);
			$ret =~ s/\s+$//;
			push @funcs, {
				name => $name, args => \@at, ret => norm_name($ret), sym => $sym,
				strict => ($s =~ /\bSTRICT\b|RETURNS\s+NULL\s+ON\s+NULL\s+INPUT/i) ? 1 : 0,
				file => $file,
			};
		}
		elsif ($s =~ /^CREATE\s+TYPE\s+([\w@."]+)\s*\((.*)\)\s*$/is)
		{
			my ($name, $body) = (norm_name($1), $2);
			my %o;
			for my $kv (split_top($body))
			{
				$o{lc $1} = norm_name($2) if $kv =~ /^\s*(\w+)\s*=\s*([\w@."]+)\s*$/s;
			}
			$types{$name} = \%o;
		}
		elsif ($s =~ /^CREATE\s+(?:OR\s+REPLACE\s+)?AGGREGATE\s+([\w@."]+)\s*\((.*?)\)\s*\((.*)\)\s*$/is)
		{
			my ($name, $body) = (norm_name($1), $3);
			my %o;
			for my $kv (split_top($body))
			{
				if ($kv =~ /^\s*(\w+)\s*=\s*(.*?)\s*$/s) { $o{lc $1} = norm_name($2); }
				elsif ($kv =~ /^\s*(\w+)\s*$/) { $o{lc $1} = 1; }
			}
			push @aggs, { name => $name, opts => \%o };
		}
	}
}

# A C function by SQL name whose argument types match the pattern.
sub find_func
{
	my ($name, $test) = @_;
	return undef unless defined $name;
	for my $f (@funcs)
	{
		return $f if $f->{name} eq $name && $test->($f);
	}
	return undef;
}

sub args_are
{
	my ($f, @want) = @_;
	return 0 unless @{ $f->{args} } == @want;
	for my $i (0 .. $#want) { return 0 unless $f->{args}[$i] eq $want[$i]; }
	return 1;
}

my %byval = map { $_ => 1 } qw(int2 smallint int4 integer int int8 bigint float4 real float8 precision
  bool boolean date timestamp timestamptz zone oid);

# The OUTPUT function of a type, when the SQL declares one.
sub output_of
{
	my ($t) = @_;
	if ($types{$t} && $types{$t}{output})
	{
		my $f = find_func($types{$t}{output}, sub { args_are($_[0], $t) });
		return $f if $f;
	}
	for my $g (@funcs) { return $g if args_are($g, $t) && $g->{ret} eq 'cstring'; }
	return undef;
}

my (@targets, %seen, %syms);
sub sym { my ($f) = @_; return 'NULL' unless $f; $syms{ $f->{sym} } = 1; return $f->{sym}; }

# text and recv targets of base types declared with CREATE TYPE (...)
my %typed_in;
for my $t (sort keys %types)
{
	my $o = $types{$t};
	my $in = find_func($o->{input}, sub { $_[0]{args}[0] eq 'cstring' });
	my $outf = find_func($o->{output}, sub { args_are($_[0], $t) });
	my $recv = find_func($o->{receive}, sub { $_[0]{args}[0] eq 'internal' });
	my $send = find_func($o->{send}, sub { args_are($_[0], $t) });
	if ($in)
	{
		$typed_in{ $in->{sym} } = 1;
		push @targets, { name => "text_$t", kind => 'FZ_TEXT', what => "$t input ($in->{sym})",
			in => sym($in), out => sym($outf), send => sym($send), max_len => 4096 };
	}
	if ($recv)
	{
		push @targets, { name => "recv_$t", kind => 'FZ_RECV', what => "$t receive ($recv->{sym})",
			recv => sym($recv), send => sym($send), in => sym($in), out => sym($outf), max_len => 16384 };
	}
}

# input functions of types not (yet) in a CREATE TYPE (...) block
for my $f (@funcs)
{
	next unless @{ $f->{args} } && $f->{args}[0] eq 'cstring';
	next if $typed_in{ $f->{sym} } || $f->{ret} eq 'cstring' || $f->{ret} eq 'void';
	my $t = $f->{ret};
	next if $seen{"text_$t"}++;
	next if grep { $_->{name} eq "text_$t" } @targets;
	my $outf;
	for my $g (@funcs) { $outf = $g if !$outf && args_are($g, $t) && $g->{ret} eq 'cstring'; }
	push @targets, { name => "text_$t", kind => 'FZ_TEXT', what => "$t input ($f->{sym})",
		in => sym($f), out => sym($outf), max_len => 4096 };
}

# deserialize targets
my %deser_seen;
for my $f (@funcs)
{
	next unless args_are($f, 'bytea', 'internal') && $f->{ret} eq 'internal';
	next if $deser_seen{ $f->{sym} }++;
	my (%ser, %comb, @finals, %final_seen, @skipped);
	for my $a (@aggs)
	{
		my $o = $a->{opts};
		next unless ($o->{deserialfunc} // '') eq $f->{name};
		my $s = find_func($o->{serialfunc}, sub { args_are($_[0], 'internal') && $_[0]{ret} eq 'bytea' });
		$ser{ $s->{sym} } = $s if $s;
		my $c = find_func($o->{combinefunc}, sub { args_are($_[0], 'internal', 'internal') });
		$comb{ $c->{sym} } = $c if $c;
		next unless $o->{finalfunc};
		my $fin = find_func($o->{finalfunc}, sub { $_[0]{args}[0] eq 'internal' });
		next unless $fin;
		if ($o->{finalfunc_extra} || @{ $fin->{args} } != 1)
		{
			push @skipped, $fin->{sym};
			next;
		}
		push @finals, $fin unless $final_seen{ $fin->{sym} }++;
	}
	# no aggregate names it (yet): guess the serializer by name
	if (!%ser)
	{
		(my $sn = $f->{name}) =~ s/deserial/serial/;
		my $s = find_func($sn, sub { args_are($_[0], 'internal') && $_[0]{ret} eq 'bytea' });
		$ser{ $s->{sym} } = $s if $s;
	}
	die "discover.pl: $f->{sym}: aggregates disagree on the SERIALFUNC\n" if keys %ser > 1;
	my ($s) = values %ser;
	my ($c) = sort { $a->{sym} cmp $b->{sym} } values %comb;
	@finals = @finals[0 .. 7] if @finals > 8;
	push @targets, { name => "deser_$f->{sym}", kind => 'FZ_DESER', what => "$f->{name} ($f->{file})",
		deser => sym($f), ser => sym($s), combine => sym($c), combine_strict => ($c && $c->{strict}) ? 1 : 0,
		finals => [ map { sym($_) } @finals ], final_byval => [ map { $byval{ $_->{ret} } ? 1 : 0 } @finals ],
		final_out => [ map { sym(output_of($_->{ret})) } @finals ],
		final_text => [ map { "text_$_->{ret}" } @finals ],
		skipped => \@skipped, max_len => 16384 };
}

open my $o, '>', $out or die "$out: $!\n";
print $o "/* Generated by test/fuzz/discover.pl from: @ARGV -- do not edit. */\n";
print $o "/* symbols: ", join(' ', sort keys %syms), " */\n";
print $o "#include \"fuzz.h\"\n\n";
print $o "extern Datum $_(PG_FUNCTION_ARGS);\n" for sort keys %syms;
print $o "\nconst FzTarget fz_sql_targets[] = {\n";
for my $t (@targets)
{
	my @f = (".name = \"$t->{name}\"", ".kind = $t->{kind}", ".what = \"$t->{what}\"", ".max_len = $t->{max_len}");
	for my $k (qw(in out recv send deser ser combine))
	{
		push @f, ".$k = $t->{$k}" if defined $t->{$k} && $t->{$k} ne 'NULL';
	}
	if ($t->{kind} eq 'FZ_DESER')
	{
		push @f, ".combine_strict = " . ($t->{combine_strict} ? 'true' : 'false');
		my @fi = @{ $t->{finals} };
		push @f, ".nfinal = " . scalar(@fi);
		push @f, ".final = {" . join(', ', @fi) . "}" if @fi;
		push @f, ".final_name = {" . join(', ', map { "\"$_\"" } @fi) . "}" if @fi;
		push @f, ".final_byval = {" . join(', ', @{ $t->{final_byval} }) . "}" if @fi;
		push @f, ".final_out = {" . join(', ', @{ $t->{final_out} }) . "}" if @fi;
		push @f, ".final_text = {" . join(', ', map { "\"$_\"" } @{ $t->{final_text} }) . "}" if @fi;
	}
	print $o "\t{", join(",\n\t ", @f), "},\n";
	my $extra = '';
	$extra .= " ser=$t->{ser}" if $t->{ser} && $t->{ser} ne 'NULL';
	$extra .= " combine=$t->{combine}" if $t->{combine} && $t->{combine} ne 'NULL';
	$extra .= " finals=" . join(',', @{ $t->{finals} }) if $t->{finals} && @{ $t->{finals} };
	$extra .= " skipped-finals(FINALFUNC_EXTRA)=" . join(',', @{ $t->{skipped} }) if $t->{skipped} && @{ $t->{skipped} };
	$extra .= " out=$t->{out}" if $t->{out} && $t->{out} ne 'NULL';
	$extra .= " send=$t->{send}" if $t->{send} && $t->{send} ne 'NULL';
	print "$t->{name}: $t->{what}$extra\n";
}
# C forbids an empty initializer list: a terminator keeps the array non-empty.
print $o "\t{.name = NULL}\n};\nconst int fz_n_sql_targets = ", scalar(@targets), ";\n";
close $o;
