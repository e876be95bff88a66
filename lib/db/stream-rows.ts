// Rows of a large query in batches through a server-side cursor (postgres.js), for downloads that
// must not hold every row in memory: the next batch is fetched only when the consumer asks for it,
// and stopping early (a closed download) closes the cursor and frees the connection.
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type postgres from "postgres";
import { sqlClient } from "./client";

const dialect = new PgDialect();

export function streamRows<T extends Record<string, unknown>>(
  query: SQL,
  batchSize = 1000,
  client: postgres.Sql = sqlClient(),
): AsyncIterable<T[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return client.unsafe(text, params as postgres.ParameterOrJSON<never>[]).cursor(batchSize) as AsyncIterable<T[]>;
}
