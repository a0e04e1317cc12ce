/* btyd_math.c: pure numerics placeholder (no postgres.h) */
extern int ca_btyd_math_placeholder;
int ca_btyd_math_placeholder;
