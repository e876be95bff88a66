// One run at a time per operation: a session-level advisory lock on a connection of its own, held for
// the whole run. A worker that dies loses its connection, and PostgreSQL releases the lock with it.
import { sqlClient } from "@/lib/db/client";

export async function withOperationLock(name: string, fn: () => Promise<void>): Promise<void> {
  const conn = await sqlClient().reserve();
  try {
    await conn`select pg_advisory_lock(hashtextextended(${name}, 0))`;
    try {
      await fn();
    } finally {
      await conn`select pg_advisory_unlock(hashtextextended(${name}, 0))`.catch(() => {});
    }
  } finally {
    conn.release();
  }
}
