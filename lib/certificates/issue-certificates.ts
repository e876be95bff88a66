// Issues the certificates of one chunk of a generation (a certificates.render job). Safe to run
// twice, also at once, and after a crash: a participant whose item is no longer pending is left
// alone; the PDF is rendered outside any transaction, then stored and the item settled in one
// transaction that first locks the item, so the insert and the progress move together or not at
// all. The partial unique index allows one valid certificate per participant, whatever races.
//
// Re-issue (operation param reissue=true) revokes the participant's earlier certificate: its code
// then verifies as "revoked", and only the new one is valid. Without re-issue an existing valid
// certificate is kept and the participant counted as skipped.
import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { certificates, operationItems, participants } from "@/lib/db/schema";
import { settleItems } from "@/lib/operations/settle-items";
import { loadSettings } from "./load-settings";
import { holderName, renderCertificatePdf } from "./render-certificate";
import { runningChunk } from "./running-chunk";
import { generateVerificationCode } from "./verification-code";
import { itemReason } from "@/lib/operations/item-reason";

export async function issueCertificates(db: Db, operationId: string, participantIds: string[]): Promise<void> {
  const chunk = await runningChunk(db, operationId, "certificates_generate", participantIds);
  if (!chunk) return;
  const { op, event, pending } = chunk;
  const reissue = op.params.reissue === true;
  const loaded = await loadSettings(db, event.id);

  for (const participantId of pending) {
    const [person] = await db
      .select()
      .from(participants)
      .where(and(eq(participants.id, participantId), eq(participants.eventId, event.id)));
    if (!person) {
      await settleItems(db, operationId, [{ participantId, status: "skipped", error: itemReason({ code: "deleted" }) }]);
      continue;
    }
    const [current] = await db
      .select()
      .from(certificates)
      .where(and(eq(certificates.participantId, participantId), isNull(certificates.revokedAt)));
    if (current && (current.operationId === operationId || !reissue)) {
      // Stored by an earlier run of this job (crash after commit is impossible: the item moves in the
      // same transaction), or by an earlier generation without re-issue: nothing to render.
      await settleItems(db, operationId, [
        current.operationId === operationId
          ? { participantId, status: "succeeded", error: null }
          : { participantId, status: "skipped", error: itemReason({ code: "alreadyCertified" }) },
      ]);
      continue;
    }
    const code = generateVerificationCode();
    const issuedAt = new Date();
    let pdf: Buffer;
    try {
      pdf = await renderCertificatePdf(event, loaded, person, code, issuedAt);
    } catch (err) {
      await settleItems(db, operationId, [
        {
          participantId,
          status: "failed",
          error: itemReason({ code: "renderFailed", detail: err instanceof Error ? err.message : String(err) }),
        },
      ]);
      continue;
    }
    await db.transaction(async (tx) => {
      const [item] = await tx
        .select({ status: operationItems.status })
        .from(operationItems)
        .where(and(eq(operationItems.operationId, operationId), eq(operationItems.participantId, participantId)))
        .for("update");
      if (item?.status !== "pending") return; // a concurrent run of this chunk got here first
      if (reissue) {
        await tx
          .update(certificates)
          .set({ revokedAt: sql`now()` })
          .where(
            and(
              eq(certificates.participantId, participantId),
              isNull(certificates.revokedAt),
              sql`${certificates.operationId} is distinct from ${operationId}`,
            ),
          );
      }
      const inserted = await tx
        .insert(certificates)
        .values({
          eventId: event.id,
          participantId,
          code,
          holderName: holderName(person),
          issuedAt,
          pdf,
          sha256: createHash("sha256").update(pdf).digest("hex"),
          operationId,
        })
        .onConflictDoNothing()
        .returning({ id: certificates.id });
      // Lost to another generation running at the same time: that one's certificate stands.
      await settleItems(tx, operationId, [
        inserted.length
          ? { participantId, status: "succeeded", error: null }
          : { participantId, status: "skipped", error: itemReason({ code: "alreadyCertified" }) },
      ]);
    });
  }
}
