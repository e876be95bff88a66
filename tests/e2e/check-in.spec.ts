// The door: a phone-sized scanner page used by the owner, a door staff account created through an
// invitation, and anonymous visitors who get nothing.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium, expect, test, type Page } from "@playwright/test";
import { formatTicketCode, generateTicketCode } from "../../lib/tickets/ticket-code";
import { writeQrVideo } from "./fake-camera";
import { e2eDb, messagesTo, OWNER, seedEvent } from "./helpers";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const signedOut = { cookies: [], origins: [] };

async function seedHolder(eventId: string, firstName: string, lastName: string, status = "approved") {
  const code = generateTicketCode();
  const [row] = await e2eDb()`
    insert into participants (event_id, first_name, last_name, email, status, ticket_code)
    values (${eventId}, ${firstName}, ${lastName}, ${`${firstName}.${code.slice(0, 8)}@example.com`.toLowerCase()}, ${status}, ${code})
    returning id`;
  return { id: row.id as string, code, name: `${firstName} ${lastName}` };
}

const counter = (page: Page) => page.getByTestId("check-in-count");

test.describe("on a phone", () => {
  test.use(phone);

  test("without a camera the page says so and the manual search checks someone in and undoes it", async ({ page }) => {
    const event = await seedEvent({ title: "Door Day" });
    const ada = await seedHolder(event.id, "Ada", "Lovelace");
    await seedHolder(event.id, "Grace", "Hopper");
    await seedHolder(event.id, "Paul", "Pending", "pending");

    await page.goto(`/events/${event.id}/check-in`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Door Day");
    await expect(page.getByText("Camera unavailable")).toBeVisible();
    await expect(counter(page)).toHaveText("0 / 2");
    // No sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole("button", { name: "Search by name instead" }).click();
    await page.getByLabel("Search by name, email or ticket code").fill("love");
    const row = page.getByRole("list", { name: "Matching participants" }).getByRole("listitem").filter({ hasText: "Ada Lovelace" });
    await row.getByRole("button", { name: "Check in Ada Lovelace" }).click();
    await expect(page.locator("[data-outcome]")).toHaveText(/Admitted — Ada Lovelace/);
    await expect(row).toContainText(`by ${OWNER.name}`);
    await expect(counter(page)).toHaveText("1 / 2");

    await row.getByRole("button", { name: "Undo check-in of Ada Lovelace" }).click();
    await expect(page.locator("[data-outcome]")).toContainText("Check-in undone");
    await expect(counter(page)).toHaveText("0 / 2");
    await expect(row.getByRole("button", { name: "Check in Ada Lovelace" })).toBeVisible();
    const rows =
      await e2eDb()`select method, staff_name, undone_at, undone_by_name, device_id from check_ins where participant_id = ${ada.id}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ method: "manual", staff_name: OWNER.name, undone_by_name: OWNER.name });
    expect(rows[0].undone_at).not.toBeNull();
    expect(rows[0].device_id).toMatch(/^[0-9a-f-]{36}$/);

    // A pending registration is found but cannot be checked in.
    await page.getByLabel("Search by name, email or ticket code").fill("paul");
    await expect(page.getByRole("listitem").filter({ hasText: "Paul Pending" })).toContainText("Not approved — cannot check in");
  });

  test("a typed code and Enter admits; the same code again says who checked it in and when", async ({ page }) => {
    const event = await seedEvent({ title: "Typing Day" });
    const grace = await seedHolder(event.id, "Grace", "Hopper");
    const rejected = await seedHolder(event.id, "Rita", "Rejected", "rejected");
    const elsewhere = await seedHolder((await seedEvent()).id, "Otto", "Other");
    await page.goto(`/events/${event.id}/check-in`);
    const field = page.getByLabel("Ticket code");

    // As a person would type it from the paper ticket: lower case, with dashes.
    await field.fill(formatTicketCode(grace.code).toLowerCase());
    await field.press("Enter");
    await expect(page.locator("[data-outcome=admitted]")).toHaveText(/Admitted — Grace Hopper/);
    await expect(field).toHaveValue("");
    await field.fill(grace.code);
    await field.press("Enter");
    await expect(page.locator("[data-outcome=already]")).toContainText(new RegExp(`Already checked in at \\d\\d:\\d\\d by ${OWNER.name}`));
    await expect(page.locator("[data-outcome=already]")).toContainText("Grace Hopper");

    const verdicts: [string, string, RegExp][] = [
      [rejected.code, "not_approved", /Ticket not approved[\s\S]*Rita Rejected[\s\S]*rejected/],
      [elsewhere.code, "wrong_event", /Not a ticket for this event/],
      ["https://evil.example.com/ticket", "invalid", /Not a valid ticket/],
      [grace.code.slice(0, 20), "invalid", /Not a valid ticket/],
    ];
    for (const [text, outcome, words] of verdicts) {
      await field.fill(text);
      await field.press("Enter");
      await expect(page.locator(`[data-outcome=${outcome}]`)).toHaveText(words);
    }
    await expect(counter(page)).toHaveText("1 / 1");
  });

  test("a USB scanner typing into the page with no field focused is read as one code", async ({ page }) => {
    const event = await seedEvent();
    const ada = await seedHolder(event.id, "Ada", "Scanner");
    await page.goto(`/events/${event.id}/check-in`);
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.type(ada.code, { delay: 5 });
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-outcome=admitted]")).toHaveText(/Admitted — Ada Scanner/);
  });

  test("a scanner on a slow device, its keys far apart, is still read as one code; stray keys are not", async ({ page }) => {
    const event = await seedEvent();
    const ada = await seedHolder(event.id, "Ada", "Slowscan");
    await page.goto(`/events/${event.id}/check-in`);
    await page.getByRole("heading", { level: 1 }).click();
    // Stray typing that is no ticket code, ended by Enter, submits nothing.
    await page.keyboard.type("hello there, not a code at all", { delay: 150 });
    await page.keyboard.press("Enter");
    // 200 ms between keys: far slower than any burst detection would accept.
    await page.keyboard.type(ada.code, { delay: 200 });
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-outcome=admitted]")).toHaveText(/Admitted — Ada Slowscan/);
    const scans = await e2eDb()`select count(*)::int as n from check_in_scans where event_id = ${event.id}`;
    expect(scans[0].n).toBe(1);
  });
});

test("the camera reads a ticket's QR code and admits once while the code stays in view", async ({ baseURL }) => {
  test.setTimeout(60_000);
  const event = await seedEvent({ title: "Camera Day" });
  const ada = await seedHolder(event.id, "Ada", "Camera");
  const video = path.resolve(".tmp", `qr-${ada.code}.y4m`);
  mkdirSync(path.dirname(video), { recursive: true });
  writeQrVideo(video, ada.code);
  const browser = await chromium.launch({
    executablePath: test.info().project.use.launchOptions?.executablePath,
    args: [
      "--no-sandbox",
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await browser.newContext({ baseURL, storageState: ".tmp/e2e-owner.json", permissions: ["camera"], ...phone });
    const page = await context.newPage();
    await page.goto(`/events/${event.id}/check-in`);
    await expect(page.getByLabel("Camera view for scanning tickets")).toBeVisible();
    await expect(page.locator("[data-outcome=admitted]")).toHaveText(/Admitted — Ada Camera/, { timeout: 15_000 });
    // Chromium on Linux has no BarcodeDetector: this is the jsQR fallback (phones use the native one).
    const reader = await page.locator("[data-reader]").getAttribute("data-reader");
    expect(["native", "jsqr"]).toContain(reader);
    test.info().annotations.push({ type: "qr reader", description: String(reader) });
    // The code stays in front of the camera: no second request, no "already checked in".
    await page.waitForTimeout(5000);
    await expect(page.locator("[data-outcome=admitted]")).toBeVisible();
    const [{ n }] = await e2eDb()`select count(*)::int as n from check_in_scans where event_id = ${event.id}`;
    expect(n).toBe(1);
  } finally {
    await browser.close();
    rmSync(video, { force: true });
  }
});

test("door staff invited by the owner reach only their events' check-in", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const title = `Staffed Day ${Date.now()}`;
  const event = await seedEvent({ title });
  const other = await seedEvent({ title: "Someone else's day" });
  const holder = await seedHolder(event.id, "Dana", "Guest");
  const email = `dora-${Date.now()}@example.com`;

  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff");
  await page.getByLabel("Name", { exact: true }).fill("Dora <Door>");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel(/Door staff/).check();
  // The invitation form's box (a staff account listed below has its own box per event too).
  await page.getByLabel(title).and(page.locator('[id^="invite-event-"]')).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation emailed to ${email}`)).toBeVisible();
  const link = await page.getByLabel("Invitation link for Dora <Door>").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Door staff");
  const [message] = await messagesTo(email);
  expect(message).toMatchObject({ kind: "invitation" });
  expect(message.text).toContain(link);
  expect(message.html).toContain("Dora &lt;Door&gt;");

  const context = await browser.newContext({ baseURL, storageState: signedOut, ...phone });
  const door = await context.newPage();
  await door.goto(link);
  await expect(door.getByRole("heading", { level: 1 })).toHaveText("Welcome, Dora <Door>");
  await door.getByLabel("Choose a password").fill("door-password-123");
  await door.getByLabel("Repeat the password").fill("door-password-123");
  await door.getByRole("button", { name: "Create my account" }).click();
  await expect(door).toHaveURL(/\/door$/);
  await expect(door.getByRole("list", { name: "Events" }).getByRole("listitem")).toHaveCount(1);
  await door.getByRole("link", { name: /Open check-in/ }).click();
  await expect(door).toHaveURL(new RegExp(`/events/${event.id}/check-in$`));
  await door.getByLabel("Ticket code").fill(holder.code);
  await door.getByLabel("Ticket code").press("Enter");
  await expect(door.locator("[data-outcome=admitted]")).toHaveText(/Admitted — Dana Guest/);
  const [checkIn] = await e2eDb()`select staff_name from check_ins where participant_id = ${holder.id}`;
  expect(checkIn.staff_name).toBe("Dora <Door>");

  // Everything else refuses them.
  for (const p of ["/events", "/outbox", `/events/${event.id}`, `/events/${event.id}/edit`, "/events/new", "/staff", "/"]) {
    await door.goto(p);
    await expect(door, p).toHaveURL(/\/door$/);
  }
  expect((await door.goto(`/events/${other.id}/check-in`))?.status()).toBe(404);
  const api = door.request;
  expect((await api.get(`/api/events/${event.id}/participants/${holder.id}/ticket`, { maxRedirects: 0 })).status()).toBe(401);
  expect((await api.get(`/api/events/${other.id}/check-in/counters`)).status()).toBe(404);
  expect((await api.get(`/api/events/${event.id}/check-in/counters`)).status()).toBe(200);

  // The link worked once.
  await door.goto(link);
  await expect(door.getByRole("heading", { level: 1 })).toHaveText("This invitation has already been used");

  // Signing in again lands on the check-in list, not the dashboard.
  await door.goto("/door");
  await door.getByRole("button", { name: "Sign out" }).click();
  await expect(door).toHaveURL(/\/sign-in$/);
  await door.getByLabel("Email").fill(email);
  await door.getByLabel("Password").fill("door-password-123");
  await door.getByRole("button", { name: "Sign in" }).click();
  await expect(door).toHaveURL(/\/door$/);
  await context.close();
});

test("an organizer invited with an event manages it in the dashboard but not the owner's staff page", async ({ browser, baseURL }) => {
  const given = await seedEvent({ title: `Given Day ${Date.now()}` });
  const foreign = await seedEvent({ title: `Foreign Day ${Date.now()}` });
  const token = randomBytes(32).toString("base64url");
  const email = `oscar-${Date.now()}@example.com`;
  await e2eDb()`
    insert into invitations (email, name, role, event_ids, token_hash, expires_at)
    values (${email}, 'Oscar Organizer', 'organizer', ${e2eDb().json([given.id])}, ${createHash("sha256").update(token).digest("hex")}, now() + interval '1 day')`;
  const context = await browser.newContext({ baseURL, storageState: signedOut });
  const page = await context.newPage();
  await page.goto(`/invite/${token}`);
  await page.getByLabel("Choose a password").fill("organizer-password-1");
  await page.getByLabel("Repeat the password").fill("organizer-password-1");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByRole("listitem").filter({ hasText: given.slug })).toHaveCount(1);
  await expect(page.getByText(`Foreign Day`)).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" })).toHaveCount(0);
  expect((await page.goto(`/events/${given.id}`))?.status()).toBe(200);
  expect((await page.goto(`/events/${foreign.id}`))?.status()).toBe(404);
  expect((await page.goto(`/events/${given.id}/check-in`))?.status()).toBe(200);
  expect((await page.goto("/staff"))?.status()).toBe(404);
  await context.close();
});

test.describe("signed out", () => {
  test.use({ storageState: signedOut });

  test("every check-in and staff page sends anonymous visitors to sign in and every check-in route answers 401", async ({
    page,
    request,
  }) => {
    const event = await seedEvent();
    const holder = await seedHolder(event.id, "Ann", "Anonymous");
    for (const p of ["/door", "/staff", `/events/${event.id}/check-in`]) {
      await page.goto(p);
      await expect(page, p).toHaveURL(/\/sign-in$/);
    }
    const base = `/api/events/${event.id}/check-in`;
    const answers = [
      await request.post(`${base}/scan`, { data: { code: holder.code, clientScanId: crypto.randomUUID() } }),
      await request.post(`${base}/manual`, { data: { participantId: holder.id, clientScanId: crypto.randomUUID() } }),
      await request.post(`${base}/undo`, { data: { participantId: holder.id } }),
      await request.get(`${base}/search?q=ann`),
      await request.get(`${base}/counters`),
    ];
    expect(answers.map((r) => r.status())).toEqual([401, 401, 401, 401, 401]);
    const [{ n }] = await e2eDb()`select count(*)::int as n from check_ins where participant_id = ${holder.id}`;
    expect(n).toBe(0);
  });

  test("a wrong or expired invitation link shows a page that says so", async ({ page }) => {
    await page.goto("/invite/not-a-real-token");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This invitation link is not valid");
    const token = "e".repeat(43);
    await e2eDb()`
      insert into invitations (email, name, role, token_hash, expires_at)
      values (${`late-${Date.now()}@example.com`}, 'Late', 'door_staff', ${createHash("sha256").update(token).digest("hex")}, now() - interval '1 day')`;
    await page.goto(`/invite/${token}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This invitation has expired");
  });
});
