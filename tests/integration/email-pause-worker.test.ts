// The circuit breaker on a real worker process: a rejected API key pauses sending (messages stay
// queued, nothing fails or dead-letters), and once the setting is fixed at Resend the periodic probe
// resumes sending by itself, each email once.
import { eq, inArray, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { getSendingPauses } from "@/lib/email/sending-pause";
import { sendJob } from "@/lib/queue/boss";
import { createEvent } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { startWorkerProcess, until, type WorkerProcess } from "../helpers/worker-process";

const fake = await fakeResendForFile({ apiKey: "re_current" });
const workers: WorkerProcess[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) {
    w.kill();
    await w.exited;
  }
});

describe("sending paused by a configuration error", () => {
  it("keeps emails queued while the API key is refused and sends each once after the fix, by itself", async () => {
    const event = await createEvent();
    const ids = await db().transaction(async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { id } = await createMessage(tx, {
          key: `test:pause:${i}`,
          kind: "approved",
          eventId: event.id,
          participantId: null,
          to: `p${i}@example.com`,
          subject: "Hi",
          html: "<p>Hi</p>",
          text: "Hi",
        });
        await sendJob(tx, "email.send", { messageId: id });
        out.push(id);
      }
      return out;
    });
    const w = startWorkerProcess({
      EMAIL_TRANSPORT: "resend",
      RESEND_BASE_URL: fake.url,
      RESEND_API_KEY: "re_rotated_away",
      EMAIL_PROBE_INTERVAL_SECONDS: "2",
    });
    workers.push(w);
    await w.waitForLog("ready", 60_000);

    const pause = await until("sending to pause", async () => (await getSendingPauses(db()))[0], 30_000, w.output);
    expect(pause.reason).toBe("configuration");
    expect(pause.message).toContain("invalid_api_key");
    // Probes keep meeting the refusal: still nothing failed, nothing dead-lettered.
    await until("a second probe", async () => fake.requests.filter((r) => r.status === 403).length >= 2, 20_000, w.output);
    const rows = await db().select({ status: messages.status }).from(messages).where(inArray(messages.id, ids));
    // Queued (or for a moment "sending", while a probe is with the provider); none failed.
    expect(rows.map((r) => r.status).filter((s) => s !== "queued" && s !== "sending")).toEqual([]);
    expect(await db().execute(sql`select 1 from pgboss.job where name = 'dead-letter'`)).toHaveLength(0);
    expect(fake.received).toHaveLength(0);

    // The key is valid again at Resend: the next probe goes through and the rest follow.
    fake.setApiKey(undefined);
    await until(
      "every email to be sent",
      async () => {
        const sent = await db().select({ id: messages.id }).from(messages).where(eq(messages.status, "sent"));
        return sent.length === 3;
      },
      40_000,
      w.output,
    );
    expect(await getSendingPauses(db())).toHaveLength(0);
    expect(fake.received).toHaveLength(3);
    expect(new Set(fake.received.map((e) => e.to[0])).size).toBe(3);
  }, 120_000);
});
