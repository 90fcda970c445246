import { measureQueries, queryRow, QUERY_TABLE_HEADER } from './benchmark/lib/query-bench.ts';
console.log(QUERY_TABLE_HEADER);
for (const row of await measureQueries(process.argv[2], 4491)) console.log(queryRow(row));
