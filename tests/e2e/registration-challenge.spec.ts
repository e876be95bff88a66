import { expect, test } from "@playwright/test";
import { e2eDb, seedEvent } from "./helpers";

// The ALTCHA proof of work on an "always" event: the widget (bundled, no CDN) fetches the event's
// challenge and really solves it in Chromium's workers; the server accepts the post once.
test.use({ viewport: { width: 390, height: 844 }, storageState: { cookies: [], origins: [] } });

async function alwaysEvent() {
  const event = await seedEvent({ title: "Guarded Workshop" });
  await e2eDb()`update events set registration_challenge = 'always' where id = ${event.id}`;
  return event;
}

test("registers on an 'always' event with the widget solving the challenge for real", async ({ page }) => {
  const event = await alwaysEvent();
  const external: string[] = [];
  page.on("request", (r) => {
    // blob: URLs are the widget's own workers, made in the page from the bundled script.
    if (!r.url().startsWith("http://localhost") && !r.url().startsWith("blob:http://localhost")) external.push(r.url());
  });
  const challengeFetched = page.waitForResponse((r) => r.url().endsWith(`/e/${event.slug}/challenge`) && r.status() === 200);
  await page.goto(`/e/${event.slug}`);
  await page.getByLabel("First name").fill("Grace");
  await page.getByLabel("Last name").fill("Hopper");
  await page.getByLabel("Email").fill("grace@example.com");
  await page.getByLabel(/I agree/).check();
  await challengeFetched;
  // The solution lands in the form's hidden field once the workers found it.
  await expect(page.locator('form input[name="altcha"]')).not.toHaveValue("", { timeout: 20_000 });
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("Thank you — you are registered.")).toBeVisible();

  const rows = await e2eDb()`select email from participants where event_id = ${event.id}`;
  expect(rows.map((r) => r.email)).toEqual(["grace@example.com"]);
  const [spent] = await e2eDb()`select count(*)::int as n from used_challenges`;
  expect(spent.n).toBeGreaterThanOrEqual(1);
  // Self-hosted: nothing was fetched from anywhere but the app.
  expect(external).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an 'always' event says plainly that JavaScript is needed, and a post is refused", async ({ page }) => {
    const event = await alwaysEvent();
    await page.goto(`/e/${event.slug}`);
    await expect(page.getByText(/This form needs JavaScript/)).toBeVisible();
    await page.getByLabel("First name").fill("Nojs");
    await page.getByLabel("Last name").fill("Person");
    await page.getByLabel("Email").fill("nojs@example.com");
    await page.getByLabel(/I agree/).check();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByRole("alert")).toContainText("needs JavaScript");
    const rows = await e2eDb()`select 1 from participants where event_id = ${event.id}`;
    expect(rows).toHaveLength(0);
  });
});
