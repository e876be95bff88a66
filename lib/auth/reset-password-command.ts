// `npm run user:reset-password -- <email>`: for an owner on a machine that sends no email. Sets a new
// random password on the account, signs out its sessions, and prints the password once.
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, db } from "@/lib/db/client";
import { account, session, user } from "@/lib/db/schema";

export async function resetPasswordByEmail(email: string): Promise<{ ok: true; password: string } | { ok: false; message: string }> {
  const [found] = await db().select({ id: user.id }).from(user).where(sql`lower(${user.email}) = ${email.trim().toLowerCase()}`);
  if (!found) return { ok: false, message: `No account with the email address ${email}.` };
  const password = randomBytes(15).toString("base64url");
  const hash = await hashPassword(password);
  await db().transaction(async (tx) => {
    const updated = await tx
      .update(account)
      .set({ password: hash, updatedAt: new Date() })
      .where(and(eq(account.userId, found.id), eq(account.providerId, "credential")))
      .returning({ id: account.id });
    if (updated.length === 0) {
      await tx
        .insert(account)
        .values({ id: crypto.randomUUID(), accountId: found.id, providerId: "credential", userId: found.id, password: hash });
    }
    await tx.delete(session).where(eq(session.userId, found.id));
  });
  return { ok: true, password };
}

async function main() {
  const email = process.argv[2];
  if (!email) {
    console.error("Usage: npm run user:reset-password -- <email>");
    process.exit(2);
  }
  const result = await resetPasswordByEmail(email);
  await closeDb();
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  console.log(
    `New password for ${email}: ${result.password}\nSign in with it, then keep it safe (it is shown only this once). Every session of the account was signed out.`,
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) void main();
