// Whether pg-boss's schema is installed in the database behind this connection (the worker checks it
// at start and refuses to run on a database the migrate step has not prepared). A raw postgres.js
// client: the check runs before the application's own pool exists.
import type postgres from "postgres";

export async function queueSchemaInstalled(sql: postgres.Sql): Promise<boolean> {
  const [row] = await sql`select to_regclass('pgboss.version') as name`;
  return Boolean(row?.name);
}
