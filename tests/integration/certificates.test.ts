// Certificates of attendance: who is eligible, generation that never issues two valid certificates
// to one person (started twice, run twice, run at once), re-issue revoking the old code, the public
// verification lookup, image upload checks and rendering of hard names.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listEligibility } from "@/lib/certificates/eligibility";
import { checkImage } from "@/lib/certificates/image-upload";
import { loadSettings } from "@/lib/certificates/load-settings";
import { setOverride } from "@/lib/certificates/overrides";
import { renderCertificatePdf } from "@/lib/certificates/render-certificate";
import { verifyCertificate } from "@/lib/certificates/find-certificate";
import { saveImage } from "@/lib/certificates/save-settings";
import { retryFailedCertificates, startGeneration } from "@/lib/certificates/start-generation";
import { formatVerificationCode } from "@/lib/certificates/verification-code";
import { zipCertificates } from "@/lib/certificates/zip-certificates";
import certificatesRenderJob from "@/jobs/certificates-render";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { addParticipants, certificatesOfEvent, checkIn, operationRow, owner, renderJobs, runRenderJobs } from "../helpers/certificates";
import { pdfText } from "../helpers/tickets";
import { handlerOf, jobContext } from "../helpers/run-job";

const handle = handlerOf(certificatesRenderJob);

beforeEach(resetDb);
afterAll(closeConnections);

const PNG_1x1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

describe("eligibility", () => {
  it("without any check-in: approved participants who did not decline, plus the organizer's additions, minus removals", async () => {
    const event = await createEvent();
    const [ok, declined, pending, removed, added] = await addParticipants(event.id, [
      {},
      { rsvpAnswer: "declined" },
      { status: "pending" },
      {},
      { status: "rejected" },
    ]);
    await setOverride(db(), event.id, removed, false);
    await setOverride(db(), event.id, added, true);
    const { rows, eligibleCount } = await listEligibility(db(), event.id);
    const eligible = rows
      .filter((r) => r.eligible)
      .map((r) => r.id)
      .sort();
    expect(eligible).toEqual([ok, added].sort());
    expect(eligibleCount).toBe(2);
    expect(rows.map((r) => r.id)).not.toContain(declined);
    expect(rows.map((r) => r.id)).not.toContain(pending);
    expect(rows.find((r) => r.id === removed)).toMatchObject({ eligible: false, override: false });
  });

  it("once the event used check-in: only the checked-in participants", async () => {
    const event = await createEvent();
    const [came, absent] = await addParticipants(event.id, [{}, {}]);
    await checkIn(event.id, came);
    const { rows } = await listEligibility(db(), event.id);
    expect(rows.filter((r) => r.eligible).map((r) => r.id)).toEqual([came]);
    expect(rows.map((r) => r.id)).not.toContain(absent);
  });
});

describe("generation", () => {
  it("fans out render jobs in the same transaction and completes with one stored certificate each", async () => {
    const event = await createEvent();
    const ids = await addParticipants(
      event.id,
      Array.from({ length: 45 }, () => ({})),
    );
    const started = await startGeneration(db(), owner, event.id, randomUUID(), false);
    expect(started).toMatchObject({ ok: true, total: 45 });
    if (!started.ok) return;
    expect((await renderJobs(started.operationId)).length).toBe(3);
    await runRenderJobs(started.operationId);
    const op = await operationRow(started.operationId);
    expect(op).toMatchObject({ state: "completed", processed: 45, succeeded: 45, failed: 0 });
    const certs = await certificatesOfEvent(event.id);
    expect(certs.map((c) => c.participantId).sort()).toEqual([...ids].sort());
    expect(new Set(certs.map((c) => c.code)).size).toBe(45);
    expect(certs[0].pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("the same request twice is one operation; a second generation skips everyone who has one", async () => {
    const event = await createEvent();
    await addParticipants(event.id, [{}, {}, {}]);
    const requestId = randomUUID();
    const first = await startGeneration(db(), owner, event.id, requestId, false);
    const again = await startGeneration(db(), owner, event.id, requestId, false);
    expect(again).toMatchObject({ ok: true, duplicate: true });
    if (!first.ok || !again.ok) return;
    expect(again.operationId).toBe(first.operationId);
    await runRenderJobs(first.operationId);
    const second = await startGeneration(db(), owner, event.id, randomUUID(), false);
    if (!second.ok) throw new Error("no second operation");
    await runRenderJobs(second.operationId);
    expect(await operationRow(second.operationId)).toMatchObject({ state: "completed", skipped: 3, succeeded: 0 });
    expect((await certificatesOfEvent(event.id)).length).toBe(3);
  });

  it("two generations and duplicated jobs running at once still leave one valid certificate per participant", async () => {
    const event = await createEvent();
    await addParticipants(
      event.id,
      Array.from({ length: 10 }, () => ({})),
    );
    const a = await startGeneration(db(), owner, event.id, randomUUID(), false);
    const b = await startGeneration(db(), owner, event.id, randomUUID(), false);
    if (!a.ok || !b.ok) throw new Error("not started");
    const payloads = [...(await renderJobs(a.operationId)), ...(await renderJobs(b.operationId)), ...(await renderJobs(a.operationId))].map(
      (j) => certificatesRenderJob.payload.parse(j.data),
    );
    await Promise.all(payloads.map((p) => handle(db(), p)));
    const certs = await certificatesOfEvent(event.id);
    expect(certs.filter((c) => !c.revokedAt).length).toBe(10);
    expect(certs.length).toBe(10);
    const [opA, opB] = [await operationRow(a.operationId), await operationRow(b.operationId)];
    expect(opA.state).toBe("completed");
    expect(opB.state).toBe("completed");
    expect(opA.succeeded + opB.succeeded).toBe(10);
    expect(opA.processed).toBe(10);
  });

  it("re-issue revokes the old certificate: its code verifies as revoked, the new one as valid", async () => {
    const event = await createEvent();
    await addParticipants(event.id, [{ firstName: "Zoë", lastName: "Brontë" }]);
    const first = await startGeneration(db(), owner, event.id, randomUUID(), false);
    if (!first.ok) throw new Error("not started");
    await runRenderJobs(first.operationId);
    const [old] = await certificatesOfEvent(event.id);
    const re = await startGeneration(db(), owner, event.id, randomUUID(), true);
    if (!re.ok) throw new Error("not started");
    await runRenderJobs(re.operationId);
    const all = await certificatesOfEvent(event.id);
    expect(all.length).toBe(2);
    const fresh = all.find((c) => c.id !== old.id)!;
    expect((await verifyCertificate(db(), old.code)).status).toBe("revoked");
    expect(await verifyCertificate(db(), fresh.code)).toMatchObject({ status: "valid", holderName: "Zoë Brontë", eventTitle: event.title });
  });

  it("participants given up on are listed as failed, and “Retry failed” issues theirs", async () => {
    const event = await createEvent();
    const ids = await addParticipants(event.id, [{}, {}, {}]);
    const op = await startGeneration(db(), owner, event.id, randomUUID(), false);
    if (!op.ok) throw new Error("not started");
    await certificatesRenderJob.onGiveUp!(
      jobContext(db(), { attempt: 6, isLastAttempt: true }),
      { operationId: op.operationId, participantIds: ids },
      "boom",
    );
    expect(await operationRow(op.operationId)).toMatchObject({ state: "completed", failed: 3, processed: 3 });
    expect(await retryFailedCertificates(db(), owner, event.id, op.operationId)).toEqual({ ok: true, retried: 3 });
    expect(await operationRow(op.operationId)).toMatchObject({ state: "running", failed: 0, processed: 0 });
    const jobs = await renderJobs(op.operationId);
    for (const job of jobs) await handle(db(), certificatesRenderJob.payload.parse(job.data));
    expect(await operationRow(op.operationId)).toMatchObject({ state: "completed", succeeded: 3, failed: 0, processed: 3 });
    expect((await certificatesOfEvent(event.id)).length).toBe(3);
  });

  it("with nobody eligible, starts nothing", async () => {
    const event = await createEvent();
    await addParticipants(event.id, [{ status: "pending" }]);
    expect(await startGeneration(db(), owner, event.id, randomUUID(), false)).toEqual({ ok: false, reason: "nobody" });
  });
});

describe("verification lookup", () => {
  it("accepts the code in lower case, with dashes or a trailing slash, and refuses unknown codes", async () => {
    const event = await createEvent();
    await addParticipants(event.id, [{ firstName: "Ada", lastName: "Lovelace" }]);
    const op = await startGeneration(db(), owner, event.id, randomUUID(), false);
    if (!op.ok) throw new Error("not started");
    await runRenderJobs(op.operationId);
    const [cert] = await certificatesOfEvent(event.id);
    for (const typed of [cert.code.toLowerCase(), `${cert.code}/`, formatVerificationCode(cert.code).toLowerCase()]) {
      expect(await verifyCertificate(db(), typed)).toMatchObject({ status: "valid", holderName: "Ada Lovelace" });
    }
    expect(await verifyCertificate(db(), "0".repeat(26))).toEqual({ status: "invalid" });
    expect(await verifyCertificate(db(), "not-a-code%")).toEqual({ status: "invalid" });
  });
});

describe("images and hard names", () => {
  it("refuses a 50 MB file and a file that is not a PNG or JPEG, and stores a real PNG", async () => {
    const event = await createEvent();
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(PNG_1x1);
    expect(await saveImage(db(), event.id, "logo", { name: "logo.png", bytes: big, size: big.length }, owner.id)).toMatch(/limit is 2 MB/);
    const text = new TextEncoder().encode("<svg>not really</svg>");
    expect(await saveImage(db(), event.id, "logo", { name: "logo.png", bytes: text, size: text.length }, owner.id)).toBe(
      "The file is not a PNG or JPEG image.",
    );
    expect(checkImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 4)).toEqual({ ok: true, contentType: "image/jpeg" });
    expect(await saveImage(db(), event.id, "logo", { name: "logo.png", bytes: PNG_1x1, size: PNG_1x1.length }, owner.id)).toBeNull();
    const loaded = await loadSettings(db(), event.id);
    expect(loaded.logo?.format).toBe("png");
  });

  it("renders a 500-character name within one page and a right-to-left name as its text", async () => {
    const event = await createEvent();
    const loaded = await loadSettings(db(), event.id);
    const long = "Bartholomew ".repeat(42).slice(0, 500);
    const pdf = await renderCertificatePdf(event, loaded, { firstName: long, lastName: "" }, "0".repeat(26), new Date());
    const text = await pdfText(pdf);
    expect(text.replace(/\s+/g, "")).toContain("Bartholomew".repeat(40));
    expect((text.match(/\f/g) ?? []).length).toBeLessThanOrEqual(1);
    const rtl = await renderCertificatePdf(event, loaded, { firstName: "שרה", lastName: "לוי" }, "0".repeat(26), new Date());
    expect(await pdfText(rtl)).toMatch(/שרה לוי|לוי שרה/);
    const greek = await renderCertificatePdf(event, loaded, { firstName: "Μαρία", lastName: "Παπαδοπούλου" }, "0".repeat(26), new Date());
    expect(await pdfText(greek)).toContain("Μαρία Παπαδοπούλου");
  });
});

describe("ZIP of all certificates", () => {
  it("streams one PDF per valid certificate, byte for byte the stored ones", async () => {
    const event = await createEvent();
    await addParticipants(event.id, [
      { firstName: "Ada", lastName: "Lovelace" },
      { firstName: "Ada", lastName: "Lovelace" },
      { firstName: "Μαρία", lastName: "Π" },
    ]);
    const op = await startGeneration(db(), owner, event.id, randomUUID(), false);
    if (!op.ok) throw new Error("not started");
    await runRenderJobs(op.operationId);
    const chunks: Uint8Array[] = [];
    for await (const chunk of zipCertificates(event.id) as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    const dir = await mkdtemp(path.join(tmpdir(), "cert-zip-"));
    try {
      await writeFile(path.join(dir, "all.zip"), Buffer.concat(chunks));
      const { stdout } = await promisify(execFile)("zipinfo", ["-1", path.join(dir, "all.zip")]);
      const names = stdout.trim().split("\n").sort();
      const certs = await certificatesOfEvent(event.id);
      expect(names).toHaveLength(3);
      expect(new Set(names).size).toBe(3);
      expect(names.filter((n) => n.startsWith("ada-lovelace-"))).toHaveLength(2);
      for (const c of certs) {
        const name = names.find((n) => n.endsWith(`-${c.code.slice(0, 8).toLowerCase()}.pdf`))!;
        const { stdout: bytes } = await promisify(execFile)("unzip", ["-p", path.join(dir, "all.zip"), name], {
          encoding: "buffer",
          maxBuffer: 10 * 1024 * 1024,
        });
        expect(Buffer.compare(bytes as unknown as Buffer, c.pdf)).toBe(0);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
