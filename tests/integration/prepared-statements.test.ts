// Drizzle's queries reach PostgreSQL as named prepared statements (lib/db/prepared-statements.ts):
// one round trip each once a connection has seen them, and no parse or plan in the server. Checked
// in the server itself (pg_prepared_statements lists a connection's statements), inside one
// transaction so that every query runs on the same connection. Bulk statements (many parameters)
// stay unprepared, so a connection does not keep one statement per list size.
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { worthPreparing } from "@/lib/db/prepared-statements";
import { events } from "@/lib/db/schema";
import { closeConnections, createEvent, resetDb } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

const statements = async (tx: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }) =>
  (await tx.execute(sql`select statement from pg_prepared_statements`)) as unknown as { statement: string }[];

describe("drizzle's queries are prepared statements", () => {
  it("a select with parameters is prepared once and reused; a bulk one is not prepared", async () => {
    const event = await createEvent();
    await db().transaction(async (tx) => {
      const before = (await statements(tx)).length;
      for (let i = 0; i < 3; i++) {
        const [row] = await tx.select({ title: events.title }).from(events).where(eq(events.id, event.id));
        expect(row.title).toBe(event.title);
      }
      const bulk = Array.from({ length: 100 }, () => crypto.randomUUID());
      expect(await tx.select({ id: events.id }).from(events).where(inArray(events.id, bulk))).toEqual([]);
      const after = await statements(tx);
      const selects = after.filter((s) => s.statement.includes('from "events" where "events"."id" = $1'));
      expect(selects).toHaveLength(1);
      expect(after.filter((s) => s.statement.includes(" in ($1, $2,"))).toHaveLength(0);
      // The listing query itself has no parameters and runs as a simple query: only the select was added.
      expect(after.length - before).toBe(1);
    });
  });

  it("leaves statements without parameters, and long or bulk texts, unprepared", () => {
    expect(worthPreparing("select 1", [])).toBe(false);
    expect(worthPreparing("select $1", [1])).toBe(true);
    expect(worthPreparing("x".repeat(20_000), [1])).toBe(false);
    expect(
      worthPreparing(
        "insert …",
        Array.from({ length: 65 }, (_, i) => i),
      ),
    ).toBe(false);
  });
});
