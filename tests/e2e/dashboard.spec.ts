import { expect, test, type Page } from "@playwright/test";
import { e2eDb, OWNER, seedEvent } from "./helpers";

const signedOut = { cookies: [], origins: [] };

async function fillEventForm(page: Page, v: { startsAt: string; endsAt: string; timeZone?: string }) {
  await page.getByLabel("Starts").fill(v.startsAt);
  await page.getByLabel("Ends").fill(v.endsAt);
  if (v.timeZone) {
    // The searchable combobox (issue 20): type the zone, Enter picks the first match.
    const zone = page.getByRole("combobox", { name: "Time zone" });
    await zone.fill(v.timeZone);
    await zone.press("Enter");
    await expect(zone).toHaveValue(v.timeZone);
  }
}

test.describe("signed out", () => {
  test.use({ storageState: signedOut });

  test("the owner signs in, creates an event with a Greek title, edits it, sees it listed and signs out", async ({ page }) => {
    await page.goto("/events");
    await expect(page).toHaveURL(/\/sign-in$/);

    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(OWNER.email);
    await expect(page.getByLabel("Password")).toHaveValue("");

    await page.getByLabel("Password").fill(OWNER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByRole("banner")).toContainText(OWNER.name);

    const n = String(Date.now()).slice(-6);
    const title = `Εργαστήριο Ψηφιακών Δεξιοτήτων ${n}`;
    const slug = `ergastirio-psifiakon-deksiotiton-${n}`;
    await page.goto("/events/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create event");
    await page.getByLabel("Title").fill(title);
    await expect(page.getByLabel("URL slug")).toHaveValue(slug);
    await page.getByLabel(/Venue/).fill("Τεχνόπολη, Αθήνα");
    await fillEventForm(page, { startsAt: "2027-03-10T09:30", endsAt: "2027-03-10T17:00", timeZone: "Europe/Athens" });
    await page.getByLabel(/Capacity/).fill("40");
    await page.getByLabel("Automatic").check();
    await page.getByRole("button", { name: "Create event" }).click();

    // The overview confirms the save (issue 20).
    await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}\?saved=created$/);
    await expect(page.getByRole("status").filter({ hasText: "Event created." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Wed, 10 March 2027, 09:30–17:00")).toBeVisible();
    await expect(page.getByText(`/e/${slug}`).first()).toBeVisible();
    await expect(page.getByText("No registrations yet")).toBeVisible();
    const eventUrl = page.url().replace(/\?.*$/, "");

    await page.getByRole("link", { name: "Edit event" }).click();
    await expect(page).toHaveURL(/\/edit$/);
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Athens");
    await expect(page.getByLabel("Starts")).toHaveValue("2027-03-10T09:30");
    await page.getByLabel("Title").fill(`${title} (2η έκδοση)`);
    // An existing event keeps its slug when the title changes: links to it are already out there.
    await expect(page.getByLabel("URL slug")).toHaveValue(slug);
    await page.getByLabel("Closed").check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(`${eventUrl}?saved=updated`);
    await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (2η έκδοση)`);
    await expect(page.getByText("Registration closed")).toBeVisible();

    await page.getByRole("link", { name: "Events", exact: true }).click();
    await expect(page).toHaveURL(/\/events$/);
    const card = page.getByRole("listitem").filter({ hasText: `${title} (2η έκδοση)` });
    await expect(card).toContainText("Registration closed");
    await expect(card).toContainText("Automatic approval");
    await expect(card.getByRole("link", { name: `Public page /e/${slug}` })).toHaveAttribute("href", `/e/${slug}`);

    const [row] = await e2eDb()`select title, slug, capacity, registration_open, approval_mode, time_zone from events where slug = ${slug}`;
    expect(row).toMatchObject({
      title: `${title} (2η έκδοση)`,
      capacity: 40,
      registration_open: false,
      approval_mode: "automatic",
      time_zone: "Europe/Athens",
    });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/events");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("anonymous requests to every dashboard page go to sign-in and every route handler answers 401", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const event = await seedEvent();
    const [message] = await e2eDb()`
      insert into messages (key, kind, event_id, from_address, to_address, subject, html, text)
      values (${`e2e:anon:${event.id}`}, 'approved', ${event.id}, 'events@localhost', 'anon@example.com', 'Hello', '<p>Hi</p>', 'Hi')
      returning id`;
    const [attachment] = await e2eDb()`
      insert into message_attachments (message_id, filename, content_type, content)
      values (${message.id}, 'ticket.pdf', 'application/pdf', ${Buffer.from("%PDF-1.4")}) returning id`;

    const pages = [
      "/events",
      "/events/new",
      `/events/${event.id}`,
      `/events/${event.id}/edit`,
      "/outbox",
      "/outbox?page=2",
      `/outbox/${message.id}`,
    ];
    for (const path of pages) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in$/);
    }

    const request = await playwright.request.newContext({ baseURL, storageState: signedOut });
    for (const path of [`/api/outbox/${message.id}/html`, `/api/outbox/${message.id}/attachments/${attachment.id}`]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(401);
      expect(await res.text()).not.toContain("Hi</p>");
    }
    // Public sign-up over HTTP is switched off: accounts are created by setup or invitation only.
    const signUp = await request.post("/api/auth/sign-up/email", {
      data: { name: "Mallory", email: "mallory@example.com", password: "mallory-password" },
      headers: { origin: baseURL! },
    });
    expect(signUp.status()).toBe(404);
    await request.dispose();

    // Once the owner exists, setup is closed.
    await page.goto("/setup");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test("a server action refuses a visitor whose session is gone", async ({ page }) => {
  await page.goto("/events/new");
  const slug = `no-session-${Date.now()}`;
  await page.getByLabel("Title").fill("Should not be saved");
  await page.getByLabel("URL slug").fill(slug);
  await fillEventForm(page, { startsAt: "2027-01-01T10:00", endsAt: "2027-01-01T12:00" });
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const rows = await e2eDb()`select count(*)::int as n from events where slug = ${slug}`;
  expect(rows[0].n).toBe(0);
});

test("event form errors appear next to each field and what was typed is kept", async ({ page }) => {
  const taken = await seedEvent();
  await page.goto("/events/new");

  // Checked in the browser first: nothing is sent.
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.locator("#title-error")).toHaveText("Title is required");
  await expect(page.locator("#startsAt-error")).toContainText("choose a date and time");
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Title").fill("Data Day");
  await expect(page.getByLabel("URL slug")).toHaveValue("data-day");
  await page.getByLabel("URL slug").fill(taken.slug);
  await page.getByLabel("Title").fill("Data Day 2027");
  // Edited by hand: the slug no longer follows the title.
  await expect(page.getByLabel("URL slug")).toHaveValue(taken.slug);
  await page.getByLabel(/Description/).fill("Line one\n<b>not bold</b>");
  await fillEventForm(page, { startsAt: "2027-05-02T10:00", endsAt: "2027-05-02T09:00", timeZone: "America/New_York" });
  await page.getByLabel("Closed").check();
  await page.getByLabel("Automatic").check();
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.locator("#endsAt-error")).toHaveText("End must be after the start");

  // The server's own checks: a taken slug is only known there. Values come back, selects and radios included.
  await page.getByLabel("Ends").fill("2027-05-02T18:00");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.locator("#slug-error")).toHaveText("Another event already uses this URL slug");
  await expect(page.getByLabel("Title")).toHaveValue("Data Day 2027");
  await expect(page.getByLabel(/Description/)).toHaveValue("Line one\n<b>not bold</b>");
  await expect(page.getByLabel("Starts")).toHaveValue("2027-05-02T10:00");
  await expect(page.getByLabel("Ends")).toHaveValue("2027-05-02T18:00");
  await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");
  await expect(page.getByLabel("Closed")).toBeChecked();
  await expect(page.getByLabel("Automatic")).toBeChecked();

  await page.getByLabel("URL slug").fill("data-day-2027");
  await page.getByLabel(/Capacity/).fill("-3");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.locator("#capacity-error")).toContainText("Capacity must be a whole number");
  await expect(page.getByLabel("URL slug")).toHaveValue("data-day-2027");

  await page.getByLabel(/Capacity/).fill("");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}\?saved=created$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data Day 2027");
  // Typed HTML is shown as text.
  await expect(page.getByText("<b>not bold</b>")).toBeVisible();
});

test("the outbox lists emails and shows one with its HTML in a sandboxed frame", async ({ page }) => {
  const event = await seedEvent({ title: "Outbox Day" });
  const [message] = await e2eDb()`
    insert into messages (key, kind, event_id, from_address, to_address, subject, html, text, status, provider_id, sent_at)
    values (${`e2e:outbox:${event.id}`}, 'approved', ${event.id}, 'Events <events@localhost>', 'reader@example.com',
            'Your ticket for Outbox Day', '<p style="color:green">Welcome <script>parent.__pwned=1</script></p>', 'Welcome, reader',
            'sent', 'outbox:test', now())
    returning id`;
  await e2eDb()`
    insert into message_attachments (message_id, filename, content_type, content)
    values (${message.id}, 'ticket.pdf', 'application/pdf', ${Buffer.from("%PDF-1.4 test")})`;

  await page.goto("/outbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outbox");
  const row = page.getByRole("row").filter({ hasText: "reader@example.com" });
  await expect(row).toContainText("Outbox Day");
  await row.getByRole("link", { name: "Your ticket for Outbox Day" }).click();

  await expect(page).toHaveURL(new RegExp(`/outbox/${message.id}$`));
  await expect(page.getByText("Welcome, reader")).toBeVisible();
  await expect(page.getByText("outbox:test")).toBeVisible();
  const frame = page.locator("iframe");
  await expect(frame).toHaveAttribute("sandbox", "");
  await expect(page.frameLocator("iframe").getByText("Welcome")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  const html = await page.request.get(`/api/outbox/${message.id}/html`);
  expect(html.status()).toBe(200);
  expect(html.headers()["content-security-policy"]).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  expect(html.headers()["x-content-type-options"]).toBe("nosniff");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "ticket.pdf" }).click();
  expect((await download).suggestedFilename()).toBe("ticket.pdf");
});

test("the events list and overview count participants by status", async ({ page }) => {
  const event = await seedEvent({ title: `Counting Day ${Date.now()}`, capacity: 10 });
  await e2eDb()`
    insert into participants (event_id, first_name, last_name, email, organisation, status)
    values (${event.id}, 'Ada', 'Lovelace', 'ada@example.com', 'Engines Ltd', 'approved'),
           (${event.id}, 'Grace', 'Hopper', 'grace@example.com', null, 'pending'),
           (${event.id}, 'Alan', 'Turing', 'alan@example.com', null, 'rejected')`;

  await page.goto("/events");
  const card = page.getByRole("listitem").filter({ hasText: "Counting Day" });
  await expect(card).toContainText("2 participants of 10");

  await card.getByRole("link", { name: /^Overview/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Counting Day");
  await expect(page.getByRole("heading", { name: /Participants/ })).toContainText("(3)");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: "Ada Lovelace" })).toContainText("Engines Ltd");
  await expect(rows.filter({ hasText: "Alan Turing" })).toContainText("Rejected");
});

test("the edit action refuses a visitor whose session is gone and changes nothing", async ({ page }) => {
  const event = await seedEvent({ title: "Unchanged title" });
  await page.goto(`/events/${event.id}/edit`);
  await page.getByLabel("Title").fill("Changed without a session");
  await page.context().clearCookies();
  await page.getByRole("button", { name: /save/i }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const [row] = await e2eDb()`select title from events where id = ${event.id}`;
  expect(row.title).toBe("Unchanged title");
});
