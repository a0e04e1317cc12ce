#!/usr/bin/env perl
# Reads bench/out/results.tsv and says whether each target of the issues holds.
use strict; use warnings;
my %r;
open(my $fh, '<', $ARGV[0]) or die $!;
while (<$fh>) { chomp; my @f = split /\t/; $r{$f[0]} = { rows => $f[1], ext => $f[2], base => $f[3], floor => $f[4], kb => $f[5], par => $f[6] }; }
sub num { my $v = shift; return ($v =~ /^[0-9.]+$/) ? $v : undef }
for my $k (sort keys %r) {
	next if $k =~ m{/};	# window_funnel@N/vVcC: a session-shape sensitivity row, not a target
	my $x = $r{$k};
	my ($e, $b, $f) = (num($x->{ext}), num($x->{base}), num($x->{floor}));
	if ($k =~ /^window_funnel/) {
		printf "  %-26s ext/floor = %s (target <= 1.5): %s\n", $k, $f ? sprintf('%.2f', $e / $f) : '-', ($f && $e / $f <= 1.5) ? 'HOLDS' : 'FAILS';
		printf "  %-26s baseline/ext = %s (target >= 20): %s\n", $k, defined $b ? sprintf('%.1f', $b / $e) : ">$x->{base} (baseline cut off)", (!defined $b || $b / $e >= 20) ? 'HOLDS' : 'FAILS';
	} elsif ($k =~ /^rfm_model\+score/) {
		printf "  %-26s ext/percentile_disc = %.2f (target <= 2): %s\n", $k, $e / $b, $e / $b <= 2 ? 'HOLDS' : 'FAILS';
	} elsif ($k =~ /^bgnbd_fit/) {
		printf "  %-26s %.0f ms (target < 5000 ms): %s\n", $k, $e, $e < 5000 ? 'HOLDS' : 'FAILS';
	}
}
