/*
 * chq: a clickhouse-client stand-in over chDB's libchdb.so, for test/clickhouse/compare.sh.
 *   chq --path DIR -q QUERY
 * runs QUERY in an embedded ClickHouse whose data lives in DIR, prints the result
 * (TabSeparated) or the error (exit 1).  An INSERT ... FORMAT query reads its rows from stdin.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* the part of chDB's C API (chdb.h, chDB 3.x) this client calls */
typedef struct chdb_conn_ *chdb_connection;
typedef struct chdb_res_ chdb_result;
extern chdb_connection *chdb_connect(int argc, char **argv);
extern void chdb_close_conn(chdb_connection *conn);
extern chdb_result *chdb_query(chdb_connection conn, const char *query, const char *format);
extern char *chdb_result_buffer(chdb_result *r);
extern size_t chdb_result_length(chdb_result *r);
extern const char *chdb_result_error(chdb_result *r);
extern void chdb_destroy_query_result(chdb_result *r);

int
main(int argc, char **argv)
{
	const char *path = NULL, *query = NULL;
	char	   *text, pathopt[4096];
	char	   *cargv[2];
	size_t		len, cap;
	chdb_connection *conn;
	chdb_result *res;
	const char *err;
	int			i;

	for (i = 1; i + 1 < argc; i += 2)
	{
		if (strcmp(argv[i], "--path") == 0)
			path = argv[i + 1];
		else if (strcmp(argv[i], "-q") == 0)
			query = argv[i + 1];
	}
	if (path == NULL || query == NULL)
	{
		fprintf(stderr, "usage: chq --path DIR -q QUERY\n");
		return 2;
	}
	len = strlen(query);
	cap = len + 65536 + 2;
	text = malloc(cap);
	if (text == NULL)
		return 2;
	memcpy(text, query, len);
	if (strncasecmp(query, "INSERT", 6) == 0)
	{
		size_t		n;

		text[len++] = '\n';
		for (;;)
		{
			if (cap - len < 65536 && (text = realloc(text, cap *= 2)) == NULL)
				return 2;
			n = fread(text + len, 1, cap - len - 1, stdin);
			if (n == 0)
				break;
			len += n;
		}
	}
	text[len] = '\0';

	snprintf(pathopt, sizeof(pathopt), "--path=%s", path);
	cargv[0] = "clickhouse";
	cargv[1] = pathopt;
	conn = chdb_connect(2, cargv);
	if (conn == NULL)
	{
		fprintf(stderr, "chq: chdb_connect failed\n");
		return 2;
	}
	res = chdb_query(*conn, text, "TabSeparated");
	err = res ? chdb_result_error(res) : "no result";
	if (err != NULL && err[0] != '\0')
	{
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	fwrite(chdb_result_buffer(res), 1, chdb_result_length(res), stdout);
	chdb_destroy_query_result(res);
	chdb_close_conn(conn);
	return 0;
}
