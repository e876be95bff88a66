// Drizzle sends every query through postgres.js's `unsafe` with `prepare: false`. For a query with
// parameters postgres.js then cannot know their types, so it first sends Parse + Describe and waits
// for the server's answer before it sends Bind + Execute: two round trips per query, and the server
// parses and plans the text each time. On this product's hot paths (a registration, a worker's job,
// a door scan) the round trips are the cost: every socket write wakes the other process.
//
// `preparing` hands drizzle a view of the postgres.js client whose `unsafe` asks for a named
// prepared statement instead. postgres.js keeps one per query text and parameter types on each
// connection, so after its first use on a connection a query is one round trip (Bind + Execute)
// and the server reuses its parse and plan. Transactions and savepoints get the same view.
//
// Bounded: only texts that recur are worth a statement. A query with many parameters is usually a
// list or a bulk write whose shape varies with its size (IN lists, multi-row inserts), and would
// leave a statement per size on every connection: those stay unprepared. DB_PREPARE=off turns it
// off (for a pooler in transaction mode that cannot keep statements per session).
import type postgres from "postgres";

/** At most this many parameters (IN lists and multi-row inserts of a few rows still qualify). */
export const MAX_PREPARED_PARAMETERS = 64;
/** Longer texts are generated (bulk statements); a statement is kept per text. */
export const MAX_PREPARED_TEXT = 16_000;

export function worthPreparing(text: string, parameters: readonly unknown[]): boolean {
  return parameters.length > 0 && parameters.length <= MAX_PREPARED_PARAMETERS && text.length <= MAX_PREPARED_TEXT;
}

type UnsafeOptions = { prepare?: boolean } & Record<string, unknown>;
type Callback = (sql: postgres.TransactionSql) => unknown;

export function preparing<T extends postgres.Sql | postgres.TransactionSql>(client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "unsafe")
        return (text: string, parameters: unknown[] = [], options: UnsafeOptions = {}) =>
          target.unsafe(text, parameters as postgres.ParameterOrJSON<never>[], {
            ...options,
            prepare: options.prepare === true || worthPreparing(text, parameters),
          });
      if (prop === "begin" || prop === "savepoint")
        return (...args: unknown[]) => {
          const callback = args.pop() as Callback;
          const method = Reflect.get(target, prop, target) as (...a: unknown[]) => unknown;
          return method.apply(target, [...args, (sql: postgres.TransactionSql) => callback(preparing(sql))]);
        };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
