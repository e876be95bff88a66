// Reads for the certificates page: the latest generation, its failures, and the issued certificates.
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { certificates, operationItems, operations, participants } from "@/lib/db/schema";

type Kind = "certificates_generate" | "certificates_email";

export async function latestGeneration(db: DbOrTx, eventId: string, kind: Kind = "certificates_generate") {
  const [op] = await db
    .select()
    .from(operations)
    .where(and(eq(operations.eventId, eventId), eq(operations.kind, kind)))
    .orderBy(desc(operations.createdAt))
    .limit(1);
  return op ?? null;
}

/** A certificate generation or email operation of the event. */
export async function getGeneration(db: DbOrTx, eventId: string, operationId: string) {
  const [op] = await db
    .select()
    .from(operations)
    .where(
      and(
        eq(operations.id, operationId),
        eq(operations.eventId, eventId),
        inArray(operations.kind, ["certificates_generate", "certificates_email"]),
      ),
    );
  return op ?? null;
}

export async function failedItems(db: DbOrTx, operationId: string, limit = 100) {
  return db
    .select({
      participantId: operationItems.participantId,
      error: operationItems.error,
      firstName: participants.firstName,
      lastName: participants.lastName,
      email: participants.email,
    })
    .from(operationItems)
    .leftJoin(participants, eq(participants.id, operationItems.participantId))
    .where(and(eq(operationItems.operationId, operationId), eq(operationItems.status, "failed")))
    .limit(limit);
}

/** Valid certificates of the event, without their PDFs. */
export async function listCertificates(db: DbOrTx, eventId: string, limit = 200) {
  const rows = await db
    .select({
      participantId: certificates.participantId,
      code: certificates.code,
      holderName: certificates.holderName,
      issuedAt: certificates.issuedAt,
      email: participants.email,
    })
    .from(certificates)
    .innerJoin(participants, eq(participants.id, certificates.participantId))
    .where(and(eq(certificates.eventId, eventId), isNull(certificates.revokedAt)))
    .orderBy(sql`lower(${certificates.holderName})`)
    .limit(limit);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(certificates)
    .where(and(eq(certificates.eventId, eventId), isNull(certificates.revokedAt)));
  return { rows, total: count.n };
}
