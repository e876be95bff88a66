// Certificates in the browser: the design saved with its preview and logo upload (a non-image
// refused), "Generate certificates" followed live to "Completed" by the real worker, a download that
// is the stored document, the public verification page, and anonymous visitors refused by every
// certificate page, route and action.
import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { e2eDb, seedEvent, viewports } from "./helpers";

const signedOut = { cookies: [], origins: [] };
const PNG_1x1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function seedApproved(eventId: string, names: [string, string][]) {
  for (const [first, last] of names) {
    await e2eDb()`insert into participants (event_id, first_name, last_name, email, status)
      values (${eventId}, ${first}, ${last}, ${`${first.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`}, 'approved')`;
  }
}

async function openCertificates(page: Page, eventId: string) {
  await page.goto(`/events/${eventId}/certificates`);
  await expect(page.getByRole("heading", { level: 1, name: "Certificates" })).toBeVisible();
}

test("the organizer designs, generates with live progress, downloads one, and anyone verifies it", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const event = await seedEvent({ title: "Certificate Workshop" });
  await seedApproved(event.id, [
    ["Ada", "Lovelace"],
    ["Μαρία", "Παπαδοπούλου"],
    ["Grace", "Hopper"],
  ]);
  await openCertificates(page, event.id);

  await page.getByLabel("Title", { exact: true }).fill("Certificate of Participation");
  await page.getByLabel("Hours (or other text for {{hours}})").fill("6 hours");
  await page.getByRole("button", { name: "Save design" }).click();
  await expect(page.getByText("Saved. The preview shows the new design.")).toBeVisible();
  const preview = await page.request.get(`/api/events/${event.id}/certificates/preview`);
  expect(preview.headers()["content-type"]).toBe("application/pdf");
  expect((await preview.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const image = page.getByRole("img", { name: "Certificate preview for a sample participant" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
  const png = await page.request.get(`/api/events/${event.id}/certificates/preview-image`);
  expect(png.headers()["content-type"]).toBe("image/png");
  await expect(page.getByRole("link", { name: "Download the preview as PDF" })).toBeVisible();

  // A file that is not an image is refused with a message; a PNG is stored.
  await page.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("GIF89a not a png") });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByText("The file is not a PNG or JPEG image.")).toBeVisible();
  await page.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG_1x1 });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByRole("button", { name: "Remove the logo" })).toBeVisible();
  // A 50 MB "logo" sent past the page's own check is refused by the route with the same message.
  const huge = await page.request.post(`/api/events/${event.id}/certificates/images/logo`, {
    data: Buffer.alloc(50 * 1024 * 1024),
    headers: { "Content-Type": "application/octet-stream" },
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error).toBe("The image is 50.0 MB; the limit is 2 MB.");

  await expect(page.getByText("3 participants are on the list")).toBeVisible();
  await page.getByRole("button", { name: "Generate certificates" }).click();
  await expect(page.getByRole("progressbar", { name: "Certificates done" })).toBeVisible();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText("3 of 3 done: 3 issued")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Issued certificates (3)" })).toBeVisible();

  const [cert] =
    await e2eDb()`select c.participant_id, c.code, c.sha256 from certificates c join participants p on p.id = c.participant_id where p.first_name = 'Ada' and c.event_id = ${event.id}`;
  const download = await page.request.get(`/api/events/${event.id}/certificates/${cert.participant_id}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(sha256(Buffer.from(await download.body()))).toBe(cert.sha256);
  await expect(page.getByRole("link", { name: "Download the certificate of Ada Lovelace" })).toBeVisible();

  const visitor = await browser.newContext({ storageState: signedOut });
  const pub = await visitor.newPage();
  await pub.goto(`/verify/${String(cert.code).toLowerCase()}/`);
  await expect(pub.getByText("Valid certificate")).toBeVisible();
  await expect(pub.getByText("Ada Lovelace", { exact: true })).toBeVisible();
  await expect(pub.getByText("Certificate Workshop", { exact: true })).toBeVisible();
  await expect(pub.getByText("The organizers of Certificate Workshop", { exact: true })).toBeVisible();
  await expect(pub.getByText(/@example\.com/)).toHaveCount(0);
  await pub.goto(`/verify/${"0".repeat(26)}`);
  await expect(pub.getByText("This code is not valid.")).toBeVisible();
  await visitor.close();
});

test.describe("anonymous visitors", () => {
  test.use({ storageState: signedOut });

  test("are sent to sign in by the certificates page and refused by every certificate route", async ({ page, request }) => {
    const event = await seedEvent();
    const [participant] =
      await e2eDb()`insert into participants (event_id, first_name, last_name, email, status) values (${event.id}, 'Anon', 'Test', ${`anon-${Date.now()}@example.com`}, 'approved') returning id`;
    await page.goto(`/events/${event.id}/certificates`);
    await expect(page).toHaveURL(/\/sign-in$/);
    const base = `/api/events/${event.id}/certificates`;
    for (const path of [
      `${base}/preview`,
      `${base}/zip`,
      `${base}/${participant.id}`,
      `/api/events/${event.id}/operations/${participant.id}`,
    ]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(401);
    }
    const upload = await request.post(`${base}/images/logo`, { data: PNG_1x1, headers: { "Content-Type": "application/octet-stream" } });
    expect(upload.status()).toBe(401);
  });
});

test("a certificate action refuses a visitor whose session is gone", async ({ page }) => {
  const event = await seedEvent();
  await seedApproved(event.id, [["Late", "Visitor"]]);
  await openCertificates(page, event.id);
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Generate certificates" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const [row] = await e2eDb()`select count(*)::int as n from operations where event_id = ${event.id}`;
  expect(row.n).toBe(0);
});

test("a Greek dashboard user reads the certificates page and its answers in Greek", async ({ page, baseURL }) => {
  const event = await seedEvent({ title: "Σεμινάριο Βεβαιώσεων" });
  await seedApproved(event.id, [["Ελένη", "Ευδοκίου"]]);
  // The dashboard switcher's cookie, in this context only: the owner's stored choice stays unset for
  // the specs running beside this one.
  await page.context().addCookies([{ name: "eventdesk_ui_lang", value: "el", url: baseURL ?? "http://localhost" }]);
  await page.goto(`/events/${event.id}/certificates`);
  await expect(page.locator("html")).toHaveAttribute("lang", "el");
  await expect(page.getByRole("heading", { level: 1, name: "Βεβαιώσεις" })).toBeVisible();
  await expect(page.getByText("1 συμμετέχων είναι στη λίστα")).toBeVisible();
  await expect(page.getByRole("button", { name: "Δημιουργία βεβαιώσεων" })).toBeVisible();
  await page.getByLabel("Προσθήκη συμμετέχοντα με email").fill("nobody@example.com");
  await page.getByRole("button", { name: "Προσθήκη", exact: true }).click();
  await expect(page.getByText("Κανείς δεν έχει εγγραφεί σε αυτή την εκδήλωση με αυτό το email.")).toBeVisible();
});

// Issue 20: the design's save is confirmed where the organizer is looking, on a laptop and on a phone.
for (const { name, viewport } of viewports) {
  test.describe(`at ${name} size`, () => {
    test.use({ viewport });

    test("saving the certificate design is confirmed on screen", async ({ page }) => {
      const event = await seedEvent({ title: `Design ${name}` });
      await openCertificates(page, event.id);
      await page.getByLabel("Title", { exact: true }).fill(`Certificate (${name})`);
      await page.getByRole("button", { name: "Save design" }).click();
      const confirmation = page.getByText("Saved. The preview shows the new design.");
      await expect(confirmation).toBeVisible();
      await expect(confirmation).toBeInViewport();
      const [row] = await e2eDb()`select title from certificate_settings where event_id = ${event.id}`;
      expect(row.title).toBe(`Certificate (${name})`);
    });
  });
}
