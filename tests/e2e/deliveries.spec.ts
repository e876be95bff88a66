// The organizer's deliveries page: a message the provider refused is listed with the reason, and
// Retry sends it (the e2e app runs with the outbox transport, so the retry marks it sent).
import { expect, test } from "@playwright/test";
import { e2eDb, seedEvent, waitFor } from "./helpers";

const signedOut = { cookies: [], origins: [] };

async function failedMessage(eventId: string, to: string) {
  const [participant] = await e2eDb()`
    insert into participants (event_id, first_name, last_name, email, status)
    values (${eventId}, 'Ζωή', 'Παπαδοπούλου', ${to}, 'approved') returning id`;
  const [message] = await e2eDb()`
    insert into messages (key, kind, event_id, participant_id, from_address, to_address, subject, html, text, status, error, attempts, transport)
    values (${`e2e:deliveries:${participant.id}`}, 'approved', ${eventId}, ${participant.id}, 'events@localhost', ${to},
            'You are confirmed', '<p>Hi</p>', 'Hi', 'failed',
            'validation_error: Invalid \`to\` field. The email address needs to follow the \`email@example.com\` format.', 1, 'resend')
    returning id`;
  return message.id as string;
}

test("the deliveries page lists a failed email with the provider's reason, and Retry sends it", async ({ page }) => {
  const event = await seedEvent({ title: "Delivery Workshop" });
  const to = `zoe-${Date.now()}@example.com`;
  const messageId = await failedMessage(event.id, to);
  await e2eDb()`
    insert into messages (key, kind, event_id, from_address, to_address, subject, html, text, status)
    values (${`e2e:deliveries:sent:${messageId}`}, 'approved', ${event.id}, 'events@localhost', 'sent@example.com', 'Delivered', '<p>Hi</p>', 'Hi', 'sent')`;

  // The Outbox points at it.
  await page.goto("/outbox");
  await expect(page.getByText(/^\d+ failed$/)).toBeVisible();
  const outboxRow = page.getByRole("row").filter({ hasText: to });
  await outboxRow.getByRole("link", { name: "Details and retry" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/deliveries$`));

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deliveries");
  // Deliveries is one of the Activity tab's pages (issue 20, item 9).
  await expect(page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Activity" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByText("1 failed", { exact: true })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: to });
  await expect(row).toContainText("Ζωή Παπαδοπούλου");
  await expect(row).toContainText("validation_error: Invalid `to` field.");
  await expect(row).toContainText("Failed");
  // Only what did not go out is listed.
  await expect(page.getByRole("row").filter({ hasText: "sent@example.com" })).toHaveCount(0);
  await expect(page.getByText("No failed jobs")).toBeVisible();

  await row.getByRole("button", { name: `Retry the email to ${to}` }).click();
  await expect(page).toHaveURL(new RegExp(`/deliveries\\?retried=${messageId}$`));
  // Queued, or already sent by the time the page is back: the worker is quick.
  await expect(page.getByRole("status").filter({ hasText: `The email to ${to}` })).toHaveText(
    new RegExp(`The email to ${to.replace(/\./g, "\\.")} (is queued again and goes out within moments|has been sent)\\.`),
  );
  const sent = await waitFor(async () => {
    const [m] = await e2eDb()`select status, provider_id from messages where id = ${messageId}`;
    return m.status === "sent" ? m : null;
  });
  expect(sent.provider_id).toMatch(/^outbox:/);
  const jobs = await e2eDb()`select count(*)::int as n from pgboss.job where name = 'email.send' and data->>'messageId' = ${messageId}`;
  expect(jobs[0].n).toBe(1);

  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: `The email to ${to}` })).toHaveText(`The email to ${to} has been sent.`);
  await expect(page.getByText("Every email has been delivered")).toBeVisible();
});

test("the deliveries page of an event that does not exist is a 404", async ({ page }) => {
  const response = await page.goto("/events/00000000-0000-4000-8000-000000000000/deliveries");
  expect(response?.status()).toBe(404);
});

test.describe("signed out", () => {
  test.use({ storageState: signedOut });

  test("the deliveries page sends a visitor to sign in", async ({ page }) => {
    const event = await seedEvent();
    await page.goto(`/events/${event.id}/deliveries`);
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test("an email whose outcome is unknown is sent again only once the organizer confirms", async ({ page }) => {
  const event = await seedEvent({ title: "Unknown Outcome Day" });
  const to = `unknown-${Date.now()}@example.com`;
  // Its recorded attempt got no answer, and Resend's 24-hour idempotency window has passed.
  const [attempt] = await e2eDb()`
    insert into send_attempts (endpoint, idempotency_key, message_ids, request_hash, request, state, created_at)
    values ('email', ${`e2e:unknown:${to}`}, '{}', 'x', '[]'::jsonb, 'unknown', now() - interval '25 hours') returning id`;
  const [message] = await e2eDb()`
    insert into messages (key, kind, event_id, from_address, to_address, subject, html, text, status, attempt_id, attempts, transport, error)
    values (${`e2e:unknown:${to}`}, 'approved', ${event.id}, 'events@localhost', ${to}, 'You are confirmed', '<p>Hi</p>', 'Hi',
            'sending', ${attempt.id}, 1, 'resend', 'resend did not answer within 30000 ms')
    returning id`;

  await page.goto(`/events/${event.id}/deliveries`);
  const row = page.getByRole("row").filter({ hasText: to });
  await expect(row).toContainText("Outcome unknown");
  await expect(row).toContainText("Check with the recipient before sending it again.");
  await expect(row.getByRole("button", { name: /^Retry/ })).toHaveCount(0);

  // Not without the confirmation: the box is required.
  await row.getByRole("button", { name: `Send the email to ${to} again` }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/deliveries$`));
  const [still] = await e2eDb()`select status from messages where id = ${message.id}`;
  expect(still.status).toBe("sending");

  await row.getByLabel(`I checked: ${to} did not get it`).check();
  await row.getByRole("button", { name: `Send the email to ${to} again` }).click();
  await expect(page).toHaveURL(new RegExp(`/deliveries\\?retried=${message.id}$`));
  const sent = await waitFor(async () => {
    const [m] = await e2eDb()`select status, provider_id from messages where id = ${message.id}`;
    return m.status === "sent" ? m : null;
  });
  expect(sent.provider_id).toMatch(/^outbox:/);
});
