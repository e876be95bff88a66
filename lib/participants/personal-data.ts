// Every place that holds a participant's personal data outside the participants row, and how to
// erase it. Used by deleteParticipantData (a person's request: everything goes) and by
// anonymiseEventData (N days after an event: records stay for the counts, the person in them goes).
// A table that gains personal data joins by adding a part here; both use-cases pick it up.
import { inArray, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { checkIns, messageAttachments, messages, operationItems, participantStatusHistory, tickets } from "@/lib/db/schema";
import { redactResolvedAttempts } from "@/lib/email/send-attempts";
import { deleteParticipantJobs } from "@/lib/queue-admin/participant-jobs";

export type ErasureMode = "delete" | "anonymise";

export type ErasureScope = {
  eventId: string;
  participants: { id: string; email: string }[];
  /** Anonymising a whole event: data about people who never became participants goes too. */
  wholeEvent: boolean;
};

type Part = { name: string; erase: (tx: Tx, scope: ErasureScope, mode: ErasureMode) => Promise<number> };

const ids = (scope: ErasureScope) => scope.participants.map((p) => p.id);
const emails = (scope: ErasureScope) => scope.participants.map((p) => p.email.toLowerCase());
// array[$1, $2, …]::text[] (drizzle would otherwise expand a JS array into a parenthesised list).
const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
const affected = (result: unknown) => (result as { count?: number }).count ?? 0;

export const personalDataParts: Part[] = [
  {
    // Emails: addresses, names in subjects and bodies, attached tickets. Anonymising keeps the row
    // (kind, status, dates: the delivery record) without the person.
    name: "messages",
    erase: async (tx, scope, mode) => {
      const mine = tx
        .select({ id: messages.id })
        .from(messages)
        .where(inArray(messages.participantId, ids(scope)));
      const attachments = await tx
        .delete(messageAttachments)
        .where(inArray(messageAttachments.messageId, mine))
        .returning({ id: messageAttachments.id });
      if (mode === "delete") {
        await redactResolvedAttempts(
          tx,
          (await mine).map((m) => m.id),
        );
        const rows = await tx
          .delete(messages)
          .where(inArray(messages.participantId, ids(scope)))
          .returning({ id: messages.id });
        return rows.length + attachments.length;
      }
      // Not attempted yet: cancelled, never sent to the placeholder. Attempted: only the stored copy
      // is redacted; a pending attempt re-sends its frozen request unchanged (lib/email/send-attempts.ts).
      const rows = await tx
        .update(messages)
        .set({
          toAddress: "anonymised@invalid",
          subject: "(anonymised)",
          html: null,
          text: null,
          error: null,
          status: sql`case when ${messages.status} = 'queued' then 'cancelled' else ${messages.status} end`,
        })
        .where(inArray(messages.participantId, ids(scope)))
        .returning({ id: messages.id });
      await redactResolvedAttempts(
        tx,
        rows.map((r) => r.id),
      );
      return rows.length + attachments.length;
    },
  },
  {
    name: "tickets",
    erase: async (tx, scope) =>
      (
        await tx
          .delete(tickets)
          .where(inArray(tickets.participantId, ids(scope)))
          .returning({ id: tickets.participantId })
      ).length,
  },
  {
    // Who changed a status stays (an organizer); the reason given may describe the person.
    name: "status history",
    erase: async (tx, scope, mode) => {
      const where = inArray(participantStatusHistory.participantId, ids(scope));
      if (mode === "delete")
        return (await tx.delete(participantStatusHistory).where(where).returning({ id: participantStatusHistory.id })).length;
      return (await tx.update(participantStatusHistory).set({ reason: null }).where(where).returning({ id: participantStatusHistory.id }))
        .length;
    },
  },
  {
    // A check-in holds no personal data of the guest beyond the link, so anonymising keeps it (attendance counts).
    name: "check-ins",
    erase: async (tx, scope, mode) =>
      mode === "delete"
        ? (
            await tx
              .delete(checkIns)
              .where(inArray(checkIns.participantId, ids(scope)))
              .returning({ id: checkIns.id })
          ).length
        : 0,
  },
  {
    // Replayable scan answers carry the guest's name.
    name: "check-in scans",
    erase: async (tx, scope) =>
      affected(
        await tx.execute(sql`delete from check_in_scans where event_id = ${scope.eventId}
          and (${scope.wholeEvent} or result->'participant'->>'id' = any(${textArray(ids(scope))}))`),
      ),
  },
  {
    name: "bulk operation items",
    erase: async (tx, scope, mode) => {
      const where = inArray(operationItems.participantId, ids(scope));
      if (mode === "delete") return (await tx.delete(operationItems).where(where).returning({ id: operationItems.participantId })).length;
      return (await tx.update(operationItems).set({ error: null }).where(where).returning({ id: operationItems.participantId })).length;
    },
  },
  {
    // Rows of an import that were refused keep the row as read: the person's address is in it.
    name: "import row errors",
    erase: async (tx, scope) =>
      affected(
        await tx.execute(sql`delete from operation_row_errors e using operations o
          where o.id = e.operation_id and o.event_id = ${scope.eventId}
            and (${scope.wholeEvent} or exists (
              select 1 from jsonb_array_elements_text(coalesce(e.raw, '[]'::jsonb)) v where lower(trim(v)) = any(${textArray(emails(scope))})))`),
      ),
  },
  {
    // An uploaded CSV holds every row it was imported from. Matched on the address's bytes (ASCII
    // case-insensitively), since the file's encoding is not known here.
    name: "import files",
    erase: async (tx, scope) =>
      affected(
        await tx.execute(sql`delete from uploads u where u.event_id = ${scope.eventId} and u.purpose = 'participants_import'
          and (${scope.wholeEvent} or exists (
            select 1 from unnest(${textArray(emails(scope))}) a
            where position(encode(convert_to(a, 'UTF8'), 'escape') in lower(encode(u.content, 'escape'))) > 0))`),
      ),
  },
  {
    // Jobs name participants by id only, but a failed job's error may quote an address. A job a
    // worker holds right now is left to finish (it finds the person gone or anonymised).
    name: "queue jobs",
    erase: (tx, scope, mode) => deleteParticipantJobs(tx, ids(scope), mode === "delete" ? "all" : "finished"),
  },
];

/** Runs every part; returns what each one erased (for the organizer's confirmation and the logs). */
export async function erasePersonalData(tx: Tx, scope: ErasureScope, mode: ErasureMode): Promise<Record<string, number>> {
  const erased: Record<string, number> = {};
  if (scope.participants.length === 0 && !scope.wholeEvent) return erased;
  for (const part of personalDataParts) erased[part.name] = await part.erase(tx, scope, mode);
  return erased;
}
