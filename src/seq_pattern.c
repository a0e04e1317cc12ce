/* seq_pattern.c: pure numerics placeholder (no postgres.h) */
extern int ca_seq_pattern_placeholder;
int ca_seq_pattern_placeholder;
