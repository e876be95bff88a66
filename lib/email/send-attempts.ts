// A provider request is a recorded thing (send_attempts): claimed in one short transaction, made
// outside any transaction, its outcome recorded in a second short one. No row lock or pool
// connection is held while the provider thinks (DESIGN.md invariant 8).
//
// - A new attempt freezes its request (the emails as sent, attachments included) and its
//   idempotency key before the call; its messages become "sending" and belong to it alone.
// - An attempt whose answer was lost stays pending: whoever delivers any of its messages again
//   (the job's retry, a Retry on Deliveries, a bulk run with a changed chunk) re-sends exactly that
//   request with that key, so Resend answers with the first result instead of sending again.
// - A worker holds an attempt through a lease, renewed while the call runs; a killed worker's lease
//   runs out and the next delivery takes the attempt over.
// - Resend keeps a key 24 h: a pending attempt older than ATTEMPT_WINDOW_MS is "unknown" and only
//   sent again when an organizer confirms (confirmUnknownMessage).
import { createHash } from "node:crypto";
import { and, eq, getTableColumns, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "@/lib/db/client";
import {
  emailSendingPauses,
  messageAttachments,
  messages,
  participants,
  SEND_ATTEMPT_WINDOW_MS,
  sendAttempts,
  type Message,
  type SendAttempt,
} from "@/lib/db/schema";
import { takeSendingSlot } from "./sending-pause";
import type { OutgoingEmail } from "./transport";

/** The address anonymisation leaves on a message (lib/participants/personal-data.ts). */
export const ANONYMISED_ADDRESS = "anonymised@invalid";

/** Resend keeps an idempotency key 24 h; a margin keeps our re-sends inside that window. */
export const ATTEMPT_WINDOW_MS = SEND_ATTEMPT_WINDOW_MS;
/** How long a worker holds an attempt without renewing (it renews every third of it). */
export const LEASE_MS = 30_000;

/** A claimed attempt as a delivery uses it (its frozen request is not read back: `emails` are what it froze). */
export type ClaimedAttempt = { attempt: Omit<SendAttempt, "request">; emails: OutgoingEmail[] };

type FrozenEmail = Omit<OutgoingEmail, "attachments"> & { attachments?: { filename: string; contentType: string; content: string }[] };

/** The emails an attempt froze, as the transport takes them. */
export function thawRequest(request: unknown): OutgoingEmail[] {
  return (request as FrozenEmail[]).map((e) => ({
    ...e,
    attachments: e.attachments?.map((a) => ({ ...a, content: Buffer.from(a.content, "base64") })),
  }));
}

function freeze(emails: OutgoingEmail[]): FrozenEmail[] {
  return emails.map((e) => ({
    from: e.from,
    to: e.to,
    subject: e.subject,
    html: e.html,
    text: e.text,
    idempotencyKey: e.idempotencyKey,
    ...(e.attachments?.length
      ? {
          attachments: e.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.content.toString("base64"),
          })),
        }
      : {}),
  }));
}

/**
 * Take over the pending attempts that hold any of these messages and whose lease is free. Pending
 * attempts past the 24 h window are marked unknown instead (not sent).
 */
export async function claimPendingAttempts(db: Db, messageIds: string[]): Promise<ClaimedAttempt[]> {
  if (messageIds.length === 0) return [];
  const rows = await db.transaction(async (tx) => {
    const held = tx
      .select({ id: messages.attemptId })
      .from(messages)
      .where(and(inArray(messages.id, messageIds), eq(messages.status, "sending")));
    await tx
      .update(sendAttempts)
      .set({ state: "unknown", leaseUntil: null })
      .where(
        and(
          inArray(sendAttempts.id, held),
          eq(sendAttempts.state, "pending"),
          sql`${sendAttempts.createdAt} <= now() - make_interval(secs => ${ATTEMPT_WINDOW_MS / 1000})`,
          sql`(${sendAttempts.leaseUntil} is null or ${sendAttempts.leaseUntil} < now())`,
        ),
      );
    const candidates = await tx
      .select({ id: sendAttempts.id })
      .from(sendAttempts)
      .where(
        and(
          inArray(sendAttempts.id, held),
          eq(sendAttempts.state, "pending"),
          sql`(${sendAttempts.leaseUntil} is null or ${sendAttempts.leaseUntil} < now())`,
        ),
      );
    if (candidates.length === 0) return [];
    // Sending paused: leave them pending, the caller defers.
    await takeSendingSlot(tx);
    const claimed = await tx
      .update(sendAttempts)
      .set({ leaseUntil: sql`now() + make_interval(secs => ${LEASE_MS / 1000})`, calls: sql`${sendAttempts.calls} + 1` })
      .where(
        and(
          inArray(
            sendAttempts.id,
            candidates.map((c) => c.id),
          ),
          eq(sendAttempts.state, "pending"),
          sql`(${sendAttempts.leaseUntil} is null or ${sendAttempts.leaseUntil} < now())`,
        ),
      )
      .returning();
    if (claimed.length) {
      await tx
        .update(messages)
        .set({ attempts: sql`${messages.attempts} + 1` })
        .where(
          and(
            inArray(
              messages.attemptId,
              claimed.map((a) => a.id),
            ),
            eq(messages.status, "sending"),
          ),
        );
    }
    return claimed;
  });
  return rows.map((attempt) => ({ attempt, emails: thawRequest(attempt.request) }));
}

/**
 * Record a new attempt for the still-queued, unattempted messages among `messageIds` (locked with
 * SKIP LOCKED: a message another worker is claiming right now is left to it). `endpoint` "email":
 * one message per attempt, attachments included; "batch": all of them in one request.
 */
export async function claimNewAttempt(
  db: Db,
  messageIds: string[],
  endpoint: "email" | "batch",
  build: (message: Message, attachments: OutgoingEmail["attachments"]) => OutgoingEmail,
): Promise<ClaimedAttempt | null> {
  if (messageIds.length === 0) return null;
  return db.transaction(async (tx) => {
    // The locking select also answers what the claim would otherwise ask one query at a time; the
    // exact checks (suppression, the pause's probe, the attachments) run only when an answer says so.
    // The subqueries name the outer table explicitly: drizzle leaves a one-table query's columns unqualified.
    const locked = await tx
      .select({
        message: messages,
        // The participant's address is marked undeliverable (whether it is this message's address is checked below).
        mayBeSuppressed: sql<boolean>`exists (select 1 from ${participants} p where p.id = ${messages}.participant_id and p.email_undeliverable_at is not null)`,
        mayBePaused: sql<boolean>`exists (select 1 from ${emailSendingPauses})`,
        hasAttachments: sql<boolean>`exists (select 1 from ${messageAttachments} a where a.message_id = ${messages}.id)`,
        keyUsed: sql<boolean>`exists (select 1 from ${sendAttempts} s where s.idempotency_key = ${messages}.key)`,
      })
      .from(messages)
      .where(and(inArray(messages.id, messageIds), eq(messages.status, "queued")))
      .orderBy(messages.key)
      .for("update", { skipLocked: true });
    // Anonymised before its first attempt: cancelled, never sent to the placeholder address.
    const anonymised = locked.filter((r) => r.message.toAddress === ANONYMISED_ADDRESS).map((r) => r.message.id);
    if (anonymised.length) await tx.update(messages).set({ status: "cancelled" }).where(inArray(messages.id, anonymised));
    // An address a hard bounce or a complaint marked undeliverable: recorded as suppressed, not sent.
    const suppressed = await undeliverableMessages(
      tx,
      locked.filter((r) => r.mayBeSuppressed && r.message.toAddress !== ANONYMISED_ADDRESS).map((r) => r.message),
    );
    if (suppressed.size)
      await tx
        .update(messages)
        .set({ status: "suppressed", error: SUPPRESSED_ERROR })
        .where(inArray(messages.id, [...suppressed]));
    const rows = locked.filter((r) => r.message.toAddress !== ANONYMISED_ADDRESS && !suppressed.has(r.message.id));
    if (rows.length === 0) return null;
    if (rows[0].mayBePaused) await takeSendingSlot(tx);
    const attachments =
      endpoint === "email" && rows[0].hasAttachments
        ? (await tx.select().from(messageAttachments).where(eq(messageAttachments.messageId, rows[0].message.id))).map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.content,
          }))
        : undefined;
    const members = endpoint === "email" ? rows.slice(0, 1) : rows;
    const id = crypto.randomUUID();
    const idempotencyKey = attemptKey(id, endpoint, members[0].message.key, members[0].keyUsed);
    // A single send carries the attempt's key; in a batch each email's key only orders the request.
    const emails = members.map((r) => ({ ...build(r.message, attachments), ...(endpoint === "email" ? { idempotencyKey } : {}) }));
    return recordAttempt(tx, { id, endpoint, idempotencyKey, messageIds: members.map((r) => r.message.id), emails });
  });
}

/**
 * The first attempt of a message this transaction has just created (createMessageForDelivery): the
 * claim's checks were answered by the insert (no pause, no undeliverable mark, the key never used),
 * so the attempt is recorded without the locking select, in the creating transaction.
 */
export async function claimCreatedMessage(tx: Tx, messageId: string, email: OutgoingEmail): Promise<ClaimedAttempt> {
  return recordAttempt(tx, {
    id: crypto.randomUUID(),
    endpoint: "email",
    idempotencyKey: email.idempotencyKey,
    messageIds: [messageId],
    emails: [email],
  });
}

/** The attempt's columns a delivery reads back: everything but the frozen request, which can hold attachments. */
const { request: _request, ...attemptColumns } = getTableColumns(sendAttempts);

async function recordAttempt(
  tx: Tx,
  a: { id: string; endpoint: "email" | "batch"; idempotencyKey: string; messageIds: string[]; emails: OutgoingEmail[] },
): Promise<ClaimedAttempt> {
  const request = freeze(a.emails);
  // The members become "sending" in the statement that records the attempt (a data-modifying CTE).
  const taken = tx.$with("taken").as(
    tx
      .update(messages)
      .set({ status: "sending", attemptId: a.id, attempts: sql`${messages.attempts} + 1` })
      .where(inArray(messages.id, a.messageIds))
      .returning({ id: messages.id }),
  );
  const [attempt] = await tx
    .with(taken)
    .insert(sendAttempts)
    .values({
      id: a.id,
      endpoint: a.endpoint,
      idempotencyKey: a.idempotencyKey,
      messageIds: a.messageIds,
      requestHash: createHash("sha256").update(JSON.stringify(request)).digest("hex"),
      request,
      leaseUntil: sql`now() + make_interval(secs => ${LEASE_MS / 1000})`,
      calls: 1,
    })
    .returning(attemptColumns);
  return { attempt, emails: a.emails };
}

export const SUPPRESSED_ERROR = "Not sent: the address is marked undeliverable (a hard bounce or a complaint).";

/** The messages among these that go to their participant's address while it is marked undeliverable. */
async function undeliverableMessages(tx: Tx, rows: Message[]): Promise<Set<string>> {
  const participantIds = [...new Set(rows.map((m) => m.participantId).filter((id): id is string => id !== null))];
  if (participantIds.length === 0) return new Set();
  const marked = await tx
    .select({ id: participants.id, email: participants.email })
    .from(participants)
    .where(and(inArray(participants.id, participantIds), isNotNull(participants.emailUndeliverableAt)));
  const byId = new Map(marked.map((p) => [p.id, p.email.toLowerCase()]));
  return new Set(rows.filter((m) => m.participantId && byId.get(m.participantId) === m.toAddress.toLowerCase()).map((m) => m.id));
}

/**
 * A single message's first attempt uses the message's own key (what earlier versions sent, so a
 * message in flight during an upgrade stays protected); a later one (`keyUsed`: an attempt already
 * went out under the message's key), or a batch, the attempt's id.
 */
function attemptKey(id: string, endpoint: "email" | "batch", messageKey: string, keyUsed: boolean): string {
  if (endpoint === "batch") return `batch:${id}`;
  return keyUsed ? `${messageKey}#${id}` : messageKey;
}

/** Keeps the lease while the provider call runs; call the returned function when it is done. */
export function holdLease(db: Db, attemptId: string): () => void {
  const timer = setInterval(() => {
    db.update(sendAttempts)
      .set({ leaseUntil: sql`now() + make_interval(secs => ${LEASE_MS / 1000})` })
      .where(and(eq(sendAttempts.id, attemptId), eq(sendAttempts.state, "pending")))
      .catch(() => {});
  }, LEASE_MS / 3);
  timer.unref?.();
  return () => clearInterval(timer);
}

export type MemberOutcome = { messageId: string; outcome: "sent" | "failed"; providerId: string | null; error: string | null };

/**
 * The provider answered: the attempt is resolved, its messages sent or failed and, when anything
 * went out, every sending pause lifted, all in one statement (atomic without a transaction of its own).
 */
export async function recordAnswer(
  db: DbOrTx,
  attempt: Pick<SendAttempt, "id">,
  transport: string,
  outcomes: MemberOutcome[],
): Promise<MemberOutcome[]> {
  const state = outcomes.some((o) => o.outcome === "sent") ? "sent" : "failed";
  const lastError = outcomes.find((o) => o.error)?.error ?? null;
  const updates = outcomes.map((o) => ({ id: o.messageId, status: o.outcome, provider_id: o.providerId, error: o.error }));
  // Only members still in this attempt move (a deleted participant's message is gone).
  const moved = await db.execute<{ id: string }>(sql`
    with resolved as (
      update ${sendAttempts} set state = ${state}, lease_until = null, resolved_at = now(), last_error = ${lastError}
      where id = ${attempt.id}
    )${state === "sent" ? sql`, resumed as (delete from ${emailSendingPauses})` : sql``}
    update ${messages} m
    set status = u.status, provider_id = coalesce(u.provider_id, m.provider_id), error = u.error, transport = ${transport},
        attempt_id = null, sent_at = case when u.status = 'sent' then now() else m.sent_at end
    from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as u(id uuid, status text, provider_id text, error text)
    where m.id = u.id and m.attempt_id = ${attempt.id}
    returning m.id`);
  const movedIds = new Set(moved.map((r) => r.id));
  return outcomes.filter((o) => movedIds.has(o.messageId));
}

/**
 * No definite answer, or a refusal that came before anything was processed. An attempt the
 * provider may have processed (`uncertain`, now or in an earlier call) stays pending with its key;
 * one that it certainly did not is dropped, and its messages are queued again for any request.
 */
export async function recordNoAnswer(
  db: Db,
  attempt: Pick<SendAttempt, "id">,
  transport: string,
  error: string,
  uncertain: boolean,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(sendAttempts)
      .set({ leaseUntil: null, lastError: error, uncertain: sql`${sendAttempts.uncertain} or ${uncertain}` })
      .where(eq(sendAttempts.id, attempt.id))
      .returning();
    if (row.uncertain) {
      await tx.update(messages).set({ error, transport }).where(eq(messages.attemptId, attempt.id));
      return;
    }
    await tx.update(sendAttempts).set({ state: "not_sent", resolvedAt: new Date() }).where(eq(sendAttempts.id, attempt.id));
    // Free for any request again; one anonymised meanwhile is cancelled instead (never sent redacted).
    await tx.execute(sql`
      update ${messages} set attempt_id = null, error = ${error}, transport = ${transport},
        status = case when to_address = ${ANONYMISED_ADDRESS} then 'cancelled' else 'queued' end
      where attempt_id = ${attempt.id} and status = 'sending'`);
  });
}

/** Anonymisation: resolved attempts that carried these messages lose their frozen request. */
export async function redactResolvedAttempts(tx: Tx, messageIds: string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await tx.execute(sql`
    update ${sendAttempts} set request = null
    where state <> 'pending' and request is not null
      and message_ids && array[${sql.join(
        messageIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`);
}
