// Baseline: DuckDB reading the export and grouping rows by sign-in error code (a columnar engine's answer to "which
// failure codes, how many").
import { DuckDBInstance } from '@duckdb/node-api';

const [file, format] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const source =
  format === 'json'
    ? `SELECT CAST(status.errorCode AS VARCHAR) AS code FROM read_json('${file}', format = 'auto', records = true, maximum_object_size = 16777216)`
    : `SELECT "Sign-in error code" AS code FROM read_csv('${file}', header = true, all_varchar = true)`;
const result = await connection.runAndReadAll(`SELECT code, count(*) AS n FROM (${source}) GROUP BY code ORDER BY n DESC`);
const groups = result.getRows();
process.stdout.write(JSON.stringify({ groups: groups.length, rows: groups.reduce((s, g) => s + Number(g[1]), 0) }) + '\n');
