#!/usr/bin/perl
# seeds.pl: (re)write the hand-made seed inputs under corpus/ (committed).
# Seeds of the real capabilities' types and states go in corpus/<target>/ as
# plain files: copy a value as it prints (text_*), or the bytes of a state
# (deser_*: version byte 1, the CA_KIND_* byte, then the payload).
use strict;
use warnings;
use File::Basename qw(dirname);
use File::Path qw(make_path);

my $dir = dirname(__FILE__) . '/corpus';

sub seed
{
	my ($target, $name, $bytes) = @_;
	make_path("$dir/$target");
	open my $fh, '>:raw', "$dir/$target/$name" or die "$dir/$target/$name: $!\n";
	print $fh $bytes;
	close $fh;
}

sub f8 { return pack('d>', $_[0]); }
sub i8 { return pack('q>', $_[0]); }
sub ev { my ($ts, $mask, $aux) = @_; return i8($ts) . pack('N N', $mask, $aux); }
sub evbuf { my @e = @_; return i8(scalar @e) . join('', map { ev(@$_) } @e); }

# ---- example type (test/fuzz/example)
my %text = (
	ok_simple => '(x=1.5, n=3)', ok_negzero => '(x=-0, n=0)', ok_big => '(x=1.7976931348623157e+308, n=1000000)',
	ok_spaces => " ( x = 2.5e-300 ,\tn = 7 ) ", ok_tiny => '(x=5e-324, n=1)',
	bad_nan => '(x=nan, n=1)', bad_hex => '(x=0x1p3, n=1)', bad_range => '(x=1, n=1000001)',
	bad_empty => '', bad_open => '(', bad_trailing => '(x=1, n=1) x', bad_inf => '(x=1e999, n=1)',
);
seed('text_fuzz_example_pair', $_, $text{$_}) for keys %text;
seed('recv_fuzz_example_pair', 'ok', f8(1.5) . i8(3));
seed('recv_fuzz_example_pair', 'ok_neg', f8(-2.25e-10) . i8(1000000));
seed('recv_fuzz_example_pair', 'bad_short', f8(1.5) . pack('N', 1));
my $st = "\x01\xfa";
seed('deser_fuzz_example_deserialize', 'ok_empty', $st . i8(0) . f8(0) . evbuf());
seed('deser_fuzz_example_deserialize', 'ok_three', $st . i8(3) . f8(7.5) . evbuf([30, 1, 0], [10, 1, 0], [20, 1, 0]));
seed('deser_fuzz_example_deserialize', 'bad_kind', "\x01\x05" . i8(0) . f8(0) . evbuf());
seed('deser_fuzz_example_deserialize', 'bad_count', $st . i8(1) . f8(0) . i8(1000));

# ---- src/common.c
seed('common_evbuf', 'ok_empty', evbuf());
seed('common_evbuf', 'ok_sorted', evbuf([1, 1, 0], [2, 2, 1], [2, 3, 0]));
seed('common_evbuf', 'ok_unsorted', evbuf([5, 1, 0], [-3, 4, 9], [5, 0, 0], [-9223372036854775808, 1, 1]));
seed('common_evbuf', 'bad_negative', i8(-1));
seed('common_evbuf', 'bad_huge', i8(1 << 40) . ev(1, 1, 1));
# op bytes (op % 8: 0 space, 1 accept, 2 expect, 3 key, 4 double, 5 int, 6 bool, 7 end), 0xFF, text
seed('common_parser', 'pair', pack('C*', 2, 3, 4, 2 | (2 << 3), 3 | (1 << 3), 5, 2 | (1 << 3), 7) . "\xff" . '(a=1.5, n=3)');
seed('common_parser', 'bool', pack('C*', 6, 1 | (2 << 3), 6, 7) . "\xff" . 'true , false');
seed('common_parser', 'doubles', pack('C*', 4, 4, 4, 4, 7) . "\xff" . '0.1 -2e-308 +.5 1e22');
seed('common_parser', 'ints', pack('C*', 5 | (3 << 3), 5 | (3 << 3), 5, 7) . "\xff" . '-9223372036854775808 9223372036854775807 10');

# ---- src/seq_pattern.c: nconds-1 byte, pattern, NUL, events (dt seconds, mask LE16)
seed('seq_pattern', 'match', "\x01(?1).*(?2)\0" . pack('C v', 1, 1) . pack('C v', 5, 2));
seed('seq_pattern', 'time', "\x02(?1)(?t<=10)(?2).(?3)\0" . pack('C v', 0, 1) . pack('C v', 3, 2) . pack('C v', 1, 4) . pack('C v', 1, 4));
seed('seq_pattern', 'any', "\x00.*.(?1)\0" . pack('C v', 1, 1) x 4);
seed('seq_pattern', 'bad_cond', "\x00(?2)\0");
seed('seq_pattern', 'bad_syntax', "\x03(?1\0");

# ---- src/btyd.c fit states: version 1, CA_KIND_BGNBD_FIT (10) / CA_KIND_GG_FIT (11), rows,
# penalizer, n, then n entries (x, tx, T, w) / (x, m, ln m, w); weights sum to rows
sub fit { my ($kind, $rows, $pen, @e) = @_; return pack('C C', 1, $kind) . i8($rows) . f8($pen) . i8(scalar @e) . join('', map { join('', map { f8($_) } @$_) } @e); }
seed('deser_bgnbd_fit_deserialize', 'ok_four', fit(10, 5, 0, [0, 0, 30, 2], [2, 10, 30, 1], [5, 25, 30, 1], [1, 3, 12.5, 1]));
seed('deser_bgnbd_fit_deserialize', 'ok_penalized', fit(10, 3, 0.1, [1, 1, 2, 1], [4, 7.25, 8, 2]));
seed('deser_bgnbd_fit_deserialize', 'bad_weights', fit(10, 4, 0, [0, 0, 30, 2], [2, 10, 30, 1]));
seed('deser_gamma_gamma_fit_deserialize', 'ok_three', fit(11, 4, 0, [1, 20, log(20), 1], [3, 35.5, log(35.5), 2], [2, 8, log(8), 1]));
seed('deser_gamma_gamma_fit_deserialize', 'bad_nan', fit(11, 1, 0, [1, 9**9**9 / 9**9**9, 0, 1]));
