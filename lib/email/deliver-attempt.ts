// Makes one claimed send attempt's provider call, outside any transaction, and records what came of
// it: sent / refused per email (with the caller's onSettled hook in the same transaction), no answer
// (the attempt stays pending with its key, see send-attempts.ts), or a pause for everyone (quota,
// configuration: the messages stay queued and SendingPausedError tells the job to come back later).
import type { Db, Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { SendPriority } from "./rate-limiter";
import { holdLease, recordAnswer, recordNoAnswer, type ClaimedAttempt, type MemberOutcome } from "./send-attempts";
import { recordPause, SendingPausedError } from "./sending-pause";
import {
  ConfigurationEmailError,
  PermanentEmailError,
  QuotaEmailError,
  RetryableEmailError,
  type BatchItemResult,
  type EmailTransport,
} from "./transport";

export type AttemptOptions = {
  priority: SendPriority;
  /** Runs in the transaction that records the answer, with the members' outcomes (without it, no transaction). */
  onAnswer?: (tx: Tx, outcomes: MemberOutcome[]) => Promise<void>;
};

export async function deliverAttempt(
  db: Db,
  claimed: ClaimedAttempt,
  transport: EmailTransport,
  opts: AttemptOptions,
): Promise<MemberOutcome[]> {
  const { attempt, emails } = claimed;
  const release = holdLease(db, attempt.id);
  let results: BatchItemResult[];
  try {
    results =
      attempt.endpoint === "email"
        ? [{ ok: true, providerId: (await transport.send(emails[0], { priority: opts.priority })).providerId }]
        : await transport.sendBatch(emails, { priority: opts.priority, idempotencyKey: attempt.idempotencyKey });
  } catch (err) {
    release();
    const error = (err as Error).message;
    if (err instanceof PermanentEmailError) {
      results = emails.map(() => ({ ok: false, error }));
    } else if (err instanceof QuotaEmailError || err instanceof ConfigurationEmailError) {
      const resumesAt = err instanceof QuotaEmailError ? err.resumesAt : new Date(Date.now() + env().EMAIL_PROBE_INTERVAL_SECONDS * 1000);
      const reason = err instanceof QuotaEmailError ? err.quota : "configuration";
      await recordPause(db, reason, error, resumesAt);
      await recordNoAnswer(db, attempt, transport.name, error, err.uncertain);
      throw new SendingPausedError(reason, resumesAt, error);
    } else {
      await recordNoAnswer(db, attempt, transport.name, error, err instanceof RetryableEmailError ? err.uncertain : true);
      throw err;
    }
  }
  release();
  const outcomes: MemberOutcome[] = attempt.messageIds.map((messageId, i) => {
    const r = results[i];
    return r.ok
      ? { messageId, outcome: "sent", providerId: r.providerId, error: null }
      : { messageId, outcome: "failed", providerId: null, error: r.error };
  });
  // The answer is one statement; only a hook that must commit with it needs a transaction around both.
  const { onAnswer } = opts;
  if (!onAnswer) return recordAnswer(db, attempt, transport.name, outcomes);
  return db.transaction(async (tx) => {
    const moved = await recordAnswer(tx, attempt, transport.name, outcomes);
    await onAnswer(tx, moved);
    return moved;
  });
}
