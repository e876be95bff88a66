// Password reset: "Forgot password?" through Better Auth's flow and our email layer (the email is a
// message row in the outbox, enqueued once), the budgets on asking, and the command for an owner
// without email.
import { spawnSync } from "node:child_process";
import { sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { requestPasswordReset, resetPassword } from "@/lib/auth/request-password-reset";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { db } from "@/lib/db/client";
import { PEER_ADDRESS_HEADER } from "@/lib/rate-limit/peer-address";
import { signedInAccount } from "../helpers/check-in";
import { closeConnections, resetDb } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

const from = (address: string) => new Headers({ [PEER_ADDRESS_HEADER]: address });

async function resetMessages(to: string) {
  return db().execute<{ id: string; kind: string; text: string }>(
    sql`select id, kind, text from messages where to_address = ${to} order by created_at`,
  );
}

describe("forgot password", () => {
  it("emails a link through the outbox; the link sets a new password once and signs out old sessions", async () => {
    const owner = await signedInAccount("owner", "Olga Owner");
    expect(await requestPasswordReset(owner.email, from("198.51.100.1"))).toEqual({ ok: true });
    const [message] = await resetMessages(owner.email);
    expect(message.kind).toBe("password_reset");
    const jobs = await db().execute(sql`select id from pgboss.job where name = 'email.send' and data->>'messageId' = ${message.id}`);
    expect(jobs).toHaveLength(1);
    const token = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
    expect(token).toBeTruthy();

    expect(await resetPassword(token!, "a brand new password")).toEqual({ ok: true });
    expect(await resetPassword(token!, "another new password")).toEqual({ ok: false, reason: "invalid_token" });
    const [{ n }] = await db().execute<{ n: number }>(sql`select count(*)::int as n from session where user_id = ${owner.id}`);
    expect(n).toBe(0);
    expect((await signInWithPassword({ email: owner.email, password: "a brand new password" }, from("198.51.100.1"))).ok).toBe(true);
    expect((await signInWithPassword({ email: owner.email, password: owner.password }, from("198.51.100.1"))).ok).toBe(false);
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    expect(await requestPasswordReset("nobody@example.com", from("198.51.100.2"))).toEqual({ ok: true });
    expect(await resetMessages("nobody@example.com")).toHaveLength(0);
  });

  it("asking too often for one account is refused, and an inbox gets at most 3 links an hour", async () => {
    const owner = await signedInAccount("owner", "Olga Owner");
    const results = [];
    for (let i = 0; i < 5; i++) results.push((await requestPasswordReset(owner.email, from(`198.51.100.${10 + i}`))).ok);
    expect(results).toEqual([true, true, true, false, false]);
    expect(await resetMessages(owner.email)).toHaveLength(3);
  });
});

describe("npm run user:reset-password", () => {
  it("sets a new password that signs in, and names a missing account", async () => {
    const owner = await signedInAccount("owner", "Olga Owner");
    const run = (email: string) =>
      spawnSync(process.execPath, ["--import", "tsx", "lib/auth/reset-password-command.ts", email], {
        env: process.env,
        encoding: "utf8",
        timeout: 30_000,
      });
    const ok = run(owner.email);
    expect(ok.status).toBe(0);
    const password = /New password for \S+: (\S+)/.exec(ok.stdout)?.[1];
    expect(password).toBeTruthy();
    expect((await signInWithPassword({ email: owner.email, password: password! }, from("198.51.100.3"))).ok).toBe(true);
    const missing = run("nobody@example.com");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("No account with the email address nobody@example.com.");
  });
});
