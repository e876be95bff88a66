// One postgres.js pool and one drizzle instance per process (kept on globalThis so Next.js hot
// reloads in development do not open a new pool each time).
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { preparing } from "./prepared-statements";
import * as schema from "./schema";

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type Holder = { sql?: postgres.Sql; db?: Db };
const holder = globalThis as typeof globalThis & { __eventdeskDb?: Holder };

function state(): Holder {
  holder.__eventdeskDb ??= {};
  return holder.__eventdeskDb;
}

export function sqlClient(): postgres.Sql {
  const s = state();
  s.sql ??= postgres(env().DATABASE_URL, {
    max: env().DB_POOL_MAX,
    onnotice: () => {},
    connect_timeout: 10,
  });
  return s.sql;
}

export function db(): Db {
  const s = state();
  // Prepared statements for drizzle's queries: one round trip each instead of two (prepared-statements.ts).
  s.db ??= drizzle(env().DB_PREPARE === "off" ? sqlClient() : preparing(sqlClient()), { schema });
  return s.db;
}

export async function closeDb(): Promise<void> {
  const s = state();
  const client = s.sql;
  s.sql = undefined;
  s.db = undefined;
  await client?.end({ timeout: 5 });
}
