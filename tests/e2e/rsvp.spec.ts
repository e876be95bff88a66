// RSVP end to end: the organizer sends one participant the RSVP email, the participant answers on a
// phone and changes the answer; links that are not valid; the read-only page once the event started;
// an answer without its token; a bulk send to "approved, not answered" followed live to completion;
// the participants table's RSVP column and filters; and every new page, action and route refusing a
// visitor without a session.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eDb, seedEvent, viewports, waitFor } from "./helpers";

const signedOut = { cookies: [], origins: [] };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function seedPeople(eventId: string, rows: { first: string; last: string; status?: string; rsvp?: string | null }[]) {
  const values = rows.map((r, i) => ({
    event_id: eventId,
    first_name: r.first,
    last_name: r.last,
    email: `${r.first}.${r.last}.${i}.${eventId.slice(0, 8)}@example.com`.toLowerCase(),
    status: r.status ?? "approved",
    rsvp_answer: r.rsvp ?? null,
    rsvp_answered_at: r.rsvp ? new Date().toISOString() : null,
  }));
  const inserted = await e2eDb()`insert into participants ${e2eDb()(values)} returning id, first_name, email`;
  return inserted as unknown as { id: string; first_name: string; email: string }[];
}

async function rsvpAnswerOf(participantId: string) {
  const [row] = await e2eDb()`select rsvp_answer from participants where id = ${participantId}`;
  return row.rsvp_answer as string | null;
}

/** The organizer's "Send RSVP email" for one participant, and the link from the email it sent. */
async function sendRsvpEmail(page: Page, eventId: string, participant: { id: string; email: string }): Promise<string> {
  await page.goto(`/events/${eventId}/participants/${participant.id}`);
  await page.getByRole("button", { name: "Send RSVP email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The RSVP email is on its way" })).toBeVisible();
  const message = await waitFor(async () => {
    const [m] = await e2eDb()`select text, status from messages where to_address = ${participant.email} and kind = 'rsvp_request'`;
    return m?.status === "sent" ? m : undefined;
  });
  const url = /https?:\/\/\S+\/rsvp\/[A-Za-z0-9_-]{48}/.exec(message.text as string)?.[0];
  expect(url).toBeTruthy();
  return new URL(url!).pathname;
}

async function phonePage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, storageState: signedOut, ...phone });
  return { context, page: await context.newPage() };
}

test("a participant answers the RSVP email on a phone, changes the answer, and the organizer sees it in the table", async ({
  page,
  browser,
  baseURL,
}) => {
  const event = await seedEvent({ title: "RSVP Workshop" });
  const [ada, grace] = await seedPeople(event.id, [
    { first: "Ada", last: "Lovelace" },
    { first: "Grace", last: "Hopper", rsvp: "attending" },
  ]);
  const link = await sendRsvpEmail(page, event.id, ada);

  const { context, page: mobile } = await phonePage(browser, baseURL);
  await mobile.goto(link);
  await expect(mobile.getByRole("heading", { level: 1 })).toHaveText("RSVP Workshop");
  await expect(mobile.getByRole("heading", { name: "Hello Ada," })).toBeVisible();
  await expect(mobile.getByText("Lovelace")).toHaveCount(0);
  await mobile.getByRole("button", { name: "I will attend" }).click();
  await expect(mobile.getByRole("status")).toContainText("Thank you. We recorded your answer: I will attend");
  expect(await rsvpAnswerOf(ada.id)).toBe("attending");

  await mobile.getByRole("button", { name: "I can't attend" }).click();
  await expect(mobile.getByRole("status")).toContainText("We recorded your answer: I can't attend");
  await expect(mobile.getByText(/Your answer: I can't attend/)).toBeVisible();
  expect(await rsvpAnswerOf(ada.id)).toBe("declined");
  // Phone-first: the answer buttons fit the screen.
  const box = await mobile.getByRole("button", { name: /I will attend/ }).boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await context.close();

  const rows = page.getByRole("table", { name: "Participants" }).locator("tbody tr");
  await page.goto(`/events/${event.id}/participants`);
  await expect(rows.filter({ hasText: "Ada Lovelace" })).toContainText("Declined");
  await expect(rows.filter({ hasText: "Grace Hopper" })).toContainText("Attending");
  await page.getByLabel("RSVP").selectOption("declined");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/rsvp=declined/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Ada Lovelace");
  await page.getByLabel("RSVP").selectOption("none");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No participants match")).toBeVisible();
  await page.getByLabel("RSVP").selectOption("attending");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(grace.first_name);
});

test("an RSVP link that is not valid shows one page that reveals nothing, and the page is read-only once the event starts", async ({
  page,
  browser,
  baseURL,
}) => {
  const event = await seedEvent({ title: "Secret Summit" });
  const [ada] = await seedPeople(event.id, [{ first: "Ada", last: "Lovelace" }]);
  const link = await sendRsvpEmail(page, event.id, ada);
  const token = link.split("/").pop()!;
  const swapped = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;

  const { context, page: mobile } = await phonePage(browser, baseURL);
  for (const bad of [`/rsvp/${swapped}`, `/rsvp/${token.slice(0, -3)}`, `/rsvp/${token}xyz`, "/rsvp/whatever"]) {
    const response = await mobile.goto(bad);
    expect(response?.status(), bad).toBe(404);
    await expect(mobile.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
    await expect(mobile.getByText("Secret Summit")).toHaveCount(0);
    await expect(mobile.getByText("Ada")).toHaveCount(0);
  }

  // Read-only after the start: the answer stays visible, no answer buttons (the language switcher stays).
  await mobile.goto(link);
  await mobile.getByRole("button", { name: "I will attend" }).click();
  await expect(mobile.getByRole("status")).toContainText("I will attend");
  await e2eDb()`update events set starts_at = now() - interval '1 hour' where id = ${event.id}`;
  await mobile.goto(link);
  await expect(mobile.getByText("The event has started: answers can no longer be changed.")).toBeVisible();
  await expect(mobile.getByText(/Your answer: I will attend/)).toBeVisible();
  await expect(mobile.getByRole("button", { name: /attend/ })).toHaveCount(0);

  // A replaced link (version bumped) no longer works.
  await e2eDb()`update participants set rsvp_token_version = rsvp_token_version + 1 where id = ${ada.id}`;
  expect((await mobile.goto(link))?.status()).toBe(404);
  await context.close();
});

test("an answer posted without its token is refused and changes nothing", async ({ page, browser, baseURL }) => {
  const event = await seedEvent();
  const [ada] = await seedPeople(event.id, [{ first: "Ada", last: "Lovelace" }]);
  const link = await sendRsvpEmail(page, event.id, ada);
  const { context, page: mobile } = await phonePage(browser, baseURL);
  await mobile.goto(link);
  // The form then posts no token field at all.
  // The answer form's own token (the manage page's cancel form carries one too).
  await mobile
    .locator("form", { has: mobile.getByRole("button", { name: "I will attend" }) })
    .locator('input[name="token"]')
    .evaluate((input) => input.removeAttribute("name"));
  await mobile.getByRole("button", { name: "I can't attend" }).click();
  await expect(mobile.getByRole("alert").filter({ hasText: "This RSVP link is not valid" })).toBeVisible();
  expect(await rsvpAnswerOf(ada.id)).toBeNull();
  await context.close();
});

test("the organizer sends the RSVP email to everyone approved who has not answered and watches it complete", async ({ page }) => {
  const event = await seedEvent({ title: "Bulk RSVP Day" });
  await seedPeople(event.id, [
    ...Array.from({ length: 24 }, (_, i) => ({ first: "Guest", last: `N${String(i).padStart(2, "0")}` })),
    { first: "Already", last: "Yes", rsvp: "attending" },
    { first: "Already", last: "No", rsvp: "declined" },
    { first: "Still", last: "Pending", status: "pending" },
  ]);
  await page.goto(`/events/${event.id}/participants`);
  await page.getByLabel("Status").selectOption("approved");
  await page.getByLabel("RSVP").selectOption("none");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("24 participants match")).toBeVisible();
  await page.getByRole("button", { name: "Send RSVP email to all matching (24 approved)" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toHaveText("Send the RSVP email to 24 participants?");
  await dialog.getByRole("button", { name: "Send to 24 participants" }).click();

  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/operations/[0-9a-f-]{36}$`));
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("RSVP send");
  await expect(page.getByText("Approved participants · RSVP not answered")).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Completed: 24 sent of 24", { timeout: 20_000 });
  await expect(page.getByRole("progressbar", { name: "Emails done" })).toHaveAttribute("aria-valuenow", "24");
  await expect(page.getByText("Every email went out")).toBeVisible();
  // Live: the page was never reloaded.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  const [sent] = await e2eDb()`
    select count(*)::int as n, count(distinct participant_id)::int as people from messages m
    join participants p on p.id = m.participant_id where p.event_id = ${event.id} and m.kind = 'rsvp_request' and m.status = 'sent'`;
  expect(sent).toEqual({ n: 24, people: 24 });

  await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Activity" }).click();
  const ops = page.getByRole("table", { name: "Bulk operations of this event, newest first" }).locator("tbody tr");
  await expect(ops).toHaveCount(1);
  await expect(ops.first()).toContainText("RSVP emails");
  await expect(ops.first()).toContainText("Completed");
  await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Overview" }).click();
  // A finished send is one line on the overview (issue 20), its panel and history one click away.
  await expect(page.getByTestId("last-send")).toContainText("Last RSVP send finished: 24 sent.");
  await expect(page.getByRole("status").filter({ hasText: "Completed: 24 sent of 24" })).toHaveCount(0);
  await expect(page.getByTestId("last-send").getByRole("link", { name: "All operations" })).toHaveAttribute(
    "href",
    `/events/${event.id}/operations`,
  );
});

test("the overview shows a running send's progress live until it completes", async ({ page }) => {
  const event = await seedEvent({ title: "Live Overview" });
  await seedPeople(event.id, [{ first: "Ada", last: "Lovelace" }]);
  // A send that starts running only when told: its job waits 3 s before it may be fetched.
  const [op] = await e2eDb()`
    insert into operations (event_id, kind, request_key, params, total, created_by_name)
    values (${event.id}, 'rsvp_email', ${`e2e-${event.id}`}, ${e2eDb().json({ scope: "filter", filter: { status: "approved" } })}, 1, 'Olga Owner') returning id`;
  await e2eDb()`insert into operation_items (operation_id, participant_id) select ${op.id}, id from participants where event_id = ${event.id}`;
  await e2eDb()`insert into pgboss.job (name, data, start_after) values ('rsvp.bulk', ${e2eDb().json({ operationId: op.id })}, now() + interval '3 seconds')`;
  await page.goto(`/events/${event.id}`);
  const status = page.getByRole("status").filter({ hasText: /of 1/ });
  await expect(status).toHaveText("0 of 1 done (0%)");
  await expect(status).toHaveText("Completed: 1 sent of 1", { timeout: 20_000 });
});

test("a selection with nobody approved starts no send and says why", async ({ page }) => {
  const event = await seedEvent();
  await seedPeople(event.id, [{ first: "Pat", last: "Pending", status: "pending" }]);
  await page.goto(`/events/${event.id}/participants`);
  await page.getByRole("checkbox", { name: "Select Pat Pending" }).check();
  await page.getByRole("button", { name: "Send RSVP email to selected" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Send to 0 participants" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText("None of the 1 chosen participant is approved");
  const ops = await e2eDb()`select 1 from operations where event_id = ${event.id}`;
  expect(ops).toHaveLength(0);
});

test.describe("without a session", () => {
  test.use({ storageState: signedOut });

  test("the operations pages send a visitor to sign in and the progress route answers 401", async ({ page, request }) => {
    const event = await seedEvent();
    const [op] =
      await e2eDb()`insert into operations (event_id, kind, total, state) values (${event.id}, 'rsvp_email', 1, 'completed') returning id`;
    for (const path of [`/events/${event.id}/operations`, `/events/${event.id}/operations/${op.id}`]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in$/);
    }
    const response = await request.get(`/api/events/${event.id}/operations/${op.id}`);
    expect(response.status()).toBe(401);
  });
});

test.describe("actions whose session is gone", () => {
  test("Send RSVP email enqueues nothing", async ({ page }) => {
    const event = await seedEvent();
    const [ada] = await seedPeople(event.id, [{ first: "Ada", last: "Lovelace" }]);
    await page.goto(`/events/${event.id}/participants/${ada.id}`);
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Send RSVP email" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await e2eDb()`select 1 from pgboss.job where name = 'rsvp.single' and data->>'participantId' = ${ada.id}`).toHaveLength(0);
  });

  test("a bulk send starts nothing", async ({ page }) => {
    const event = await seedEvent();
    await seedPeople(event.id, [{ first: "Ada", last: "Lovelace" }]);
    await page.goto(`/events/${event.id}/operations`);
    await page.getByRole("button", { name: "Ask 1 participant who has not answered" }).click();
    await page.context().clearCookies();
    await page.getByRole("dialog").getByRole("button", { name: "Send to 1 participant" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await e2eDb()`select 1 from operations where event_id = ${event.id}`).toHaveLength(0);
  });

  test("Retry failed retries nothing", async ({ page }) => {
    const event = await seedEvent();
    const [ada] = await seedPeople(event.id, [{ first: "Ada", last: "Lovelace" }]);
    const [op] = await e2eDb()`
      insert into operations (event_id, kind, total, processed, failed, state, finished_at) values (${event.id}, 'rsvp_email', 1, 1, 1, 'completed', now()) returning id`;
    await e2eDb()`insert into operation_items (operation_id, participant_id, status, error, attempts) values (${op.id}, ${ada.id}, 'failed', 'validation_error: bad address', 1)`;
    await page.goto(`/events/${event.id}/operations/${op.id}`);
    await expect(page.getByRole("table", { name: "Recipients whose email was not sent" })).toContainText("validation_error: bad address");
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Retry failed (1)" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    const [row] = await e2eDb()`select state, failed from operations where id = ${op.id}`;
    expect(row).toEqual({ state: "completed", failed: 1 });
    expect(await e2eDb()`select 1 from pgboss.job where name = 'rsvp.bulk' and data->>'operationId' = ${op.id}`).toHaveLength(0);
  });
});

// Issue 20: finished sends are one line on the overview, never stacked panels, on a laptop and a phone.
for (const { name, viewport } of viewports) {
  test.describe(`at ${name} size`, () => {
    test.use({ viewport });

    test("two completed sends show as one line about the latest, with the history a click away", async ({ page }) => {
      const event = await seedEvent({ title: `Two sends ${name}` });
      const sql = e2eDb();
      await sql`insert into operations (event_id, kind, total, processed, succeeded, failed, state, created_at, finished_at)
                values (${event.id}, 'rsvp_email', 5, 5, 5, 0, 'completed', now() - interval '20 minutes', now() - interval '20 minutes'),
                       (${event.id}, 'rsvp_email', 3, 3, 2, 1, 'completed', now() - interval '10 minutes', now() - interval '10 minutes')`;
      await page.goto(`/events/${event.id}`);
      const line = page.getByTestId("last-send");
      await expect(line).toHaveCount(1);
      await expect(line).toContainText("Last RSVP send finished: 2 sent, 1 failed.");
      await expect(line).toBeInViewport();
      await expect(page.getByRole("status").filter({ hasText: /Completed/ })).toHaveCount(0);
      await expect(page.getByRole("progressbar")).toHaveCount(0);
      await line.getByRole("link", { name: "All operations" }).click();
      await expect(page).toHaveURL(new RegExp(`/events/${event.id}/operations$`));
      await expect(page.getByRole("table", { name: "Bulk operations of this event, newest first" }).locator("tbody tr")).toHaveCount(2);
    });
  });
}
