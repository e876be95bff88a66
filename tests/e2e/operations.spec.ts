// Operations in the browser: the owner's Jobs page (queues, a failed job retried), refused to an
// organizer; deleting a participant and all their data on request; the event's anonymisation
// setting; request durations in /api/metrics.
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PgBoss } from "pg-boss";
import { e2eDb, seedEvent, viewports, waitFor } from "./helpers";

const signedOut = { cookies: [], origins: [] };
const METRICS_TOKEN = "e2e-and-bench-metrics-token-0123";

test("the owner sees the queues on the Jobs page and retries a failed job", async ({ page }) => {
  const boss = new PgBoss({
    connectionString: readFileSync(".tmp/e2e-database-url", "utf8").trim(),
    supervise: false,
    schedule: false,
    migrate: false,
    max: 1,
  });
  boss.on("error", () => {});
  await boss.start();
  const queue = `e2e.failing-${randomBytes(3).toString("hex")}`;
  try {
    await boss.createQueue(queue, { retryLimit: 0 });
    const id = (await boss.send(queue, { participantId: "00000000-0000-4000-8000-000000000001" }))!;
    await boss.fetch(queue);
    await boss.fail(queue, id, { message: "Provider said <no>", stack: "Error: Provider said <no>\n    at send (lib/email/x.ts:1:1)" });

    await page.goto("/events");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jobs");
    const queues = page.getByRole("table", { name: "Job queues and their jobs per state" });
    await expect(queues.getByRole("row").filter({ hasText: "email.send" })).toHaveCount(1);
    await expect(queues.getByRole("row").filter({ hasText: queue })).toContainText("1");

    const job = page.getByRole("listitem").filter({ hasText: queue });
    await expect(job).toContainText("Failed");
    await expect(job).toContainText("Provider said <no>");
    await job.getByText("Payload and stack").click();
    await expect(job).toContainText("at send (lib/email/x.ts:1:1)");
    await expect(job).toContainText('"participantId": "00000000-0000-4000-8000-000000000001"');
    await job.getByRole("button", { name: "Retry" }).click();
    await expect(job.getByRole("status")).toHaveText("Queued again: a worker will pick it up in a moment.");
    const [row] = await e2eDb()`select state from pgboss.job where id = ${id}`;
    expect(row.state).toBe("retry");
  } finally {
    await boss.deleteQueue(queue).catch(() => {});
    await boss.stop({ graceful: false, close: true });
  }
});

// Jobs is the owner's page (issue 20), on a laptop and on a phone: the owner finds it in the menu, an
// organizer neither sees the link nor reaches the page.
for (const { name, viewport } of viewports) {
  test.describe(`at ${name} size`, () => {
    test.use({ viewport });

    test("the Jobs page is in the owner's menu and refused to an organizer", async ({ page, browser, baseURL }) => {
      await page.goto("/events");
      const ownerJobs = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" });
      await expect(ownerJobs).toBeVisible();
      await ownerJobs.click();
      await expect(page).toHaveURL(/\/jobs$/);

      const token = randomBytes(32).toString("base64url");
      await e2eDb()`
        insert into invitations (email, name, role, event_ids, token_hash, expires_at)
        values (${`olive-${name}-${Date.now()}@example.com`}, 'Olive Organizer', 'organizer', ${e2eDb().json([])}, ${createHash("sha256").update(token).digest("hex")}, now() + interval '1 day')`;
      const context = await browser.newContext({ baseURL, viewport, storageState: signedOut });
      const organizer = await context.newPage();
      await organizer.goto(`/invite/${token}`);
      await organizer.getByLabel("Choose a password").fill("organizer-password-2");
      await organizer.getByLabel("Repeat the password").fill("organizer-password-2");
      await organizer.getByRole("button", { name: "Create my account" }).click();
      await expect(organizer).toHaveURL(/\/events$/);
      const nav = organizer.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "Events" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Jobs" })).toHaveCount(0);
      expect((await organizer.goto("/jobs"))?.status()).toBe(404);
      await context.close();
    });
  });
}

test("an organizer deletes a participant and all their data on request", async ({ page }) => {
  const event = await seedEvent({ title: "Privacy Day" });
  const email = `zoe-forgotten-${Date.now()}@example.com`;
  const [p] = await e2eDb()`
    insert into participants (event_id, first_name, last_name, email, status)
    values (${event.id}, 'Zoe', 'Forgotten', ${email}, 'approved') returning id`;
  await e2eDb()`
    insert into messages (key, event_id, participant_id, kind, from_address, to_address, subject, html, text, status)
    values (${`e2e:${p.id}`}, ${event.id}, ${p.id}, 'approved', 'events@example.org', ${email}, 'Hi Zoe', '<p>Hi</p>', 'Hi', 'sent')`;

  await page.goto(`/events/${event.id}/participants/${p.id}/delete`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete Zoe Forgotten and all their data?");
  await page.getByLabel(/cannot be undone/).check();
  await page.getByRole("button", { name: "Delete participant and all their data" }).click();
  await expect(page.getByRole("status")).toContainText("Zoe Forgotten and all their data were deleted.");
  expect(await e2eDb()`select id from participants where id = ${p.id}`).toHaveLength(0);
  expect(await e2eDb()`select id from messages where participant_id = ${p.id}`).toHaveLength(0);
  expect((await page.goto(`/events/${event.id}/participants/${p.id}/delete`))?.status()).toBe(404);
});

test("an organizer sets the event's data to be anonymised 30 days after it ends", async ({ page }) => {
  const event = await seedEvent({ title: "Retention Day" });
  await page.goto(`/events/${event.id}/privacy`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personal data");
  const days = page.getByLabel(/Anonymise participants’ personal data/);
  await days.fill("soon");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter a whole number of days.")).toBeVisible();
  await days.fill("30");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const [row] = await e2eDb()`select anonymise_after_days from events where id = ${event.id}`;
  expect(row.anonymise_after_days).toBe(30);
  await page.reload();
  await expect(page.getByText(/it will be anonymised on or after/)).toBeVisible();
});

test("GET /api/metrics reports request durations per route to a scraper with the token", async ({ page, request }) => {
  await page.goto("/jobs");
  expect((await request.get("/api/metrics")).status()).toBe(401);
  const text = await waitFor(async () => {
    const body = await (await request.get("/api/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    return body.includes('route="/jobs"') ? body : undefined;
  });
  expect(text).toMatch(/eventdesk_http_request_duration_seconds_count\{method="GET",route="\/jobs",status="200"\} \d+/);
  expect(text).toContain('eventdesk_queue_jobs{queue="email.send",state="queued"}');
});
