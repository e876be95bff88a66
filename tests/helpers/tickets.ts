// Helpers for the ticket tests: read a PDF the way a person or a door scanner would (its text with
// poppler's pdftotext, its QR code rasterised with pdftoppm and decoded with jsQR), and record a
// status change the way the approve/reject use-cases do (status + history row), returning its id.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { db } from "@/lib/db/client";
import {
  eventEmailTemplates,
  messageAttachments,
  messages,
  participants,
  participantStatusHistory,
  tickets,
  type MessageKind,
} from "@/lib/db/schema";
import { registerParticipant } from "@/lib/participants/register-participant";
import { createEvent, registration } from "./db";
import { syncSeatCounters } from "./seats";

const run = promisify(execFile);

async function withPdf<T>(pdf: Buffer, fn: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), "ticket-test-"));
  try {
    const file = path.join(dir, "ticket.pdf");
    await writeFile(file, pdf);
    return await fn(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as pdftotext extracts it (UTF-8). */
export function pdfText(pdf: Buffer): Promise<string> {
  return withPdf(pdf, async (file) => (await run("pdftotext", ["-enc", "UTF-8", file, "-"])).stdout);
}

export function pdfPageCount(pdf: Buffer): Promise<number> {
  return withPdf(pdf, async (file) => Number(/Pages:\s+(\d+)/.exec((await run("pdfinfo", [file])).stdout)?.[1]));
}

/** What a phone reads from the QR code on the first page, or null when it finds none. */
export function decodeQr(pdf: Buffer): Promise<string | null> {
  return withPdf(pdf, async (file, dir) => {
    await run("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", file, path.join(dir, "page")]);
    const png = (await readdir(dir)).find((f) => f.endsWith(".png"));
    if (!png) return null;
    const image = PNG.sync.read(await readFile(path.join(dir, png)));
    return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
  });
}

/** Moves the participant to `to` and writes the history row, as an organizer's change does (the seat counter follows). */
export async function changeStatus(participantId: string, to: "approved" | "rejected", reason: string | null = null): Promise<string> {
  return db()
    .transaction(async (tx) => {
      const [before] = await tx.select({ status: participants.status }).from(participants).where(eq(participants.id, participantId));
      await tx
        .update(participants)
        .set({ status: to, statusChangedAt: new Date(), rejectionReason: to === "rejected" ? reason : null })
        .where(eq(participants.id, participantId));
      const [change] = await tx
        .insert(participantStatusHistory)
        .values({ participantId, fromStatus: before.status, toStatus: to, reason, changedBy: null, changedByName: "Test Organizer" })
        .returning({ id: participantStatusHistory.id });
      return change.id;
    })
    .finally(syncSeatCounters);
}

export async function ticketsOf(participantId: string) {
  return db().select().from(tickets).where(eq(tickets.participantId, participantId));
}

/** Messages to one participant, each with its attachments. */
export async function messagesWithAttachments(participantId: string) {
  const rows = await db().select().from(messages).where(eq(messages.participantId, participantId)).orderBy(messages.createdAt);
  return Promise.all(
    rows.map(async (m) => ({
      ...m,
      attachments: await db()
        .select()
        .from(messageAttachments)
        .where(eq(messageAttachments.messageId, m.id))
        .orderBy(messageAttachments.contentType),
    })),
  );
}

/** A registered (pending) participant of a new event. */
export async function registeredParticipant(eventOverrides: Parameters<typeof createEvent>[0] = {}, person = registration()) {
  const event = await createEvent(eventOverrides);
  const result = await registerParticipant(db(), event.id, person);
  if (!result.ok) throw new Error(`registration failed: ${result.reason}`);
  return { event, participantId: result.participantId };
}

/** The event's own wording for one kind of email, as the template editor saves it. */
export async function saveTemplate(eventId: string, kind: MessageKind, subject: string, body: string) {
  await db().insert(eventEmailTemplates).values({ eventId, kind, subject, body });
}
