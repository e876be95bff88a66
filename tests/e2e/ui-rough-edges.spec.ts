// Issue 20, at a desktop's size and a phone's: badges that say what the public page says, the events
// list split and searchable, confirmations after saving, tables and tabs that say they scroll, the
// favicon and the skip link, and links in the organizer's own description.
import { expect, test } from "@playwright/test";
import { e2eDb, seedEvent } from "./helpers";

const viewports = [
  { name: "desktop", viewport: { width: 1280, height: 800 }, phone: false },
  { name: "phone", viewport: { width: 390, height: 844 }, phone: true },
];

async function makePast(eventId: string) {
  await e2eDb()`update events set starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '8 hours' where id = ${eventId}`;
}

for (const { name, viewport, phone } of viewports) {
  test.describe(`at ${name} size`, () => {
    test.use({ viewport });

    test("badges say Open, Full, Closed and Past as the public page does; the list splits past events and searches", async ({ page }) => {
      const tag = `Badges${name}${Date.now().toString(36)}`;
      const open = await seedEvent({ title: `${tag} open`, capacity: 10 });
      const full = await seedEvent({ title: `${tag} full`, capacity: 2 });
      // Full with the waitlist off says "Full"; with it on (the default) the badge says "Waitlist".
      await e2eDb()`update events set seats_taken = 2, waitlist_enabled = false where id = ${full.id}`;
      const closed = await seedEvent({ title: `${tag} closed`, registrationOpen: false });
      const past = await seedEvent({ title: `${tag} past` });
      await makePast(past.id);

      await page.goto(`/events?q=${tag}`);
      await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue(tag);
      const upcoming = page.getByRole("region", { name: /Upcoming and running/ });
      const pastList = page.getByRole("region", { name: /Past events/ });
      const card = (title: string) => page.getByRole("listitem").filter({ hasText: title });
      await expect(upcoming.getByRole("listitem")).toHaveCount(3);
      await expect(pastList.getByRole("listitem")).toHaveCount(1);
      await expect(card(`${tag} open`)).toContainText("Registration open");
      await expect(card(`${tag} full`)).toContainText("Full");
      await expect(card(`${tag} full`)).not.toContainText("Registration open");
      await expect(card(`${tag} closed`)).toContainText("Registration closed");
      await expect(pastList.getByRole("listitem")).toContainText(`${tag} past`);
      await expect(pastList.getByRole("listitem")).toContainText("Past");
      await expect(pastList.getByRole("listitem")).not.toContainText("Registration open");

      // The search narrows; a search that finds nothing says so and offers the way back.
      await page.getByRole("searchbox", { name: "Search" }).fill(`${tag} full`);
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page).toHaveURL(/q=/);
      await expect(upcoming.getByRole("listitem")).toHaveCount(1);
      await expect(pastList).toHaveCount(0);
      await page.goto(`/events?q=${tag}-nothing`);
      await expect(page.getByText(`No events match “${tag}-nothing”.`)).toBeVisible();
      await expect(page.getByRole("link", { name: "Clear search" })).toBeVisible();

      // The overview says the same as the list, and the public page agrees.
      await page.goto(`/events/${full.id}`);
      await expect(page.locator("[data-registration-state]")).toHaveText("Full");
      await page.goto(`/events/${past.id}`);
      await expect(page.locator("[data-registration-state]")).toHaveText("Past");
      await page.goto(`/events/${open.id}`);
      await expect(page.locator("[data-registration-state]")).toHaveText("Registration open");
      await page.goto(`/e/${past.slug}`);
      await expect(page.getByRole("textbox", { name: /first name/i })).toHaveCount(0);
      await page.goto(`/e/${closed.slug}`);
      await expect(page.getByRole("textbox", { name: /first name/i })).toHaveCount(0);
    });

    test("saving an event is confirmed, and a start in the past is warned about", async ({ page }) => {
      const event = await seedEvent({ title: `Confirm ${name}` });
      await page.goto(`/events/${event.id}/edit`);
      await page.getByLabel("Title").fill(`Confirmed ${name}`);
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page).toHaveURL(new RegExp(`/events/${event.id}\\?saved=updated$`));
      const confirmation = page.getByRole("status").filter({ hasText: "Changes saved." });
      await expect(confirmation).toBeVisible();
      await expect(confirmation).toBeInViewport();

      await page.goto("/events/new");
      const warning = page.getByRole("status").filter({ hasText: "This start is in the past" });
      await expect(warning).toHaveCount(0);
      await page.getByLabel("Starts").fill("2020-01-06T09:00");
      await expect(warning).toBeVisible();
      await page.getByLabel("Starts").fill("2099-01-06T09:00");
      await expect(warning).toHaveCount(0);
    });

    test("the participants table keeps Reject in view and says when it scrolls; the event tabs say more exist", async ({ page }) => {
      const event = await seedEvent({ title: `Tables ${name}` });
      await e2eDb()`
        insert into participants (event_id, first_name, last_name, email, organisation, status)
        values (${event.id}, 'Maximiliana', 'Papadopoulou-Konstantinidou',
                ${`maximiliana.papadopoulou-konstantinidou.${event.id.slice(0, 8)}@a-rather-long-organisation-domain.example.com`},
                'The International Organisation for Very Long Names', 'pending')`;
      await page.goto(`/events/${event.id}/participants`);
      const reject = page.getByRole("button", { name: /^Reject Maximiliana/ });
      await expect(reject).toBeVisible();
      // Fully on screen without scrolling the table: the actions column stays at the right edge.
      const box = (await reject.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      const hint = page.getByText("Scroll sideways for more");
      const tabs = page.getByRole("navigation", { name: "Event" }).locator("[data-more-right]");
      if (phone) {
        await expect(hint).toBeVisible();
        await expect(tabs).toHaveAttribute("data-more-right", "true");
        // Scrolled to the end, the tabs say more are on the left.
        await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Privacy" }).scrollIntoViewIfNeeded();
        await expect(tabs).toHaveAttribute("data-more-left", "true");
        await expect(tabs).toHaveAttribute("data-more-right", "false");
      } else {
        await expect(hint).toHaveCount(0);
        await expect(tabs).toHaveAttribute("data-more-right", "false");
      }
    });

    test("pages have a favicon and a skip link to the main content", async ({ page }) => {
      const notFound: string[] = [];
      page.on("response", (r) => {
        if (r.status() === 404) notFound.push(r.url());
      });
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto("/events");
      await page.waitForLoadState("networkidle");
      expect(notFound).toEqual([]);
      expect(errors).toEqual([]);
      const icon = await page.request.get("/favicon.ico");
      expect(icon.status()).toBe(200);
      expect(icon.headers()["content-type"]).toMatch(/image/);
      await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);

      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to main content" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#main$/);
      await expect(page.locator("main#main")).toBeFocused();
    });

    test.describe("in Tokyo", () => {
      test.use({ timezoneId: "Asia/Tokyo" });

      test("the time zone field starts with the organizer's zone and can be searched", async ({ page }) => {
        await page.goto("/events/new");
        const zone = page.getByLabel("Time zone", { exact: true });
        await expect(zone).toHaveValue("Asia/Tokyo");
        await expect(zone.locator("optgroup").first()).toHaveAttribute("label", "Your time zone");
        await expect(zone.locator("option").first()).toHaveAttribute("value", "Asia/Tokyo");
        const all = await zone.locator("option").count();
        expect(all).toBeGreaterThan(300);

        await page.getByLabel("Find a zone").fill("new york");
        await expect(page.getByText(/^1 zones? match/)).toBeVisible();
        // The chosen zone stays while the list narrows, so filtering alone changes nothing.
        await expect(zone).toHaveValue("Asia/Tokyo");
        await expect(zone.locator("option")).toHaveCount(2);
        await zone.selectOption("America/New_York");
        await expect(zone).toHaveValue("America/New_York");
        await page.getByLabel("Find a zone").fill("");
        await expect(zone.locator("option")).toHaveCount(all);
        await expect(zone).toHaveValue("America/New_York");
      });
    });

    test("the Jobs page names queues by what they do and its counts update without a reload", async ({ page }) => {
      await page.goto("/jobs");
      const table = page.getByRole("table", { name: "Job queues and their jobs per state" });
      const row = table.getByRole("row").filter({ hasText: "RSVP email (one participant)" });
      await expect(row).toContainText("rsvp.single");
      await expect(table.getByRole("row").filter({ hasText: "Queue system: send it" })).toHaveCount(1);
      const queued = row.getByRole("cell").nth(1);
      const before = Number((await queued.textContent())?.replace(/\D/g, ""));
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      // A job nobody will run for an hour: it stays queued while the page watches.
      const [job] = await e2eDb()`
        insert into pgboss.job (name, data, start_after) values ('rsvp.single', ${e2eDb().json({ e2e: name })}, now() + interval '1 hour')
        returning id`;
      try {
        await expect(queued).toHaveText(String(before + 1), { timeout: 15_000 });
        expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      } finally {
        await e2eDb()`delete from pgboss.job where id = ${job.id}`;
      }
    });

    test("links in the organizer's description are safe links; participant text stays plain", async ({ page }) => {
      const event = await seedEvent({ title: `Links ${name}` });
      await e2eDb()`update events set description = ${"Programme: https://example.org/programme?day=1.\nNot a link: javascript:alert(1) and <b>not bold</b>"} where id = ${event.id}`;
      const [p] = await e2eDb()`
        insert into participants (event_id, first_name, last_name, email, status)
        values (${event.id}, 'https://spam.example', 'Visitor', ${`visitor.${event.id.slice(0, 8)}@example.com`}, 'pending') returning id`;
      await page.goto(`/e/${event.slug}`);
      const link = page.getByRole("link", { name: "https://example.org/programme?day=1" });
      await expect(link).toHaveAttribute("href", "https://example.org/programme?day=1");
      await expect(link).toHaveAttribute("rel", "nofollow noopener noreferrer ugc");
      await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
      await expect(page.getByText("<b>not bold</b>", { exact: false })).toBeVisible();
      await expect(page.locator("main b")).toHaveCount(0);

      // A participant's typed text is never a link on the organizer's pages.
      await page.goto(`/events/${event.id}/participants/${p.id}`);
      await expect(page.getByText("https://spam.example").first()).toBeVisible();
      await expect(page.getByRole("link", { name: /spam\.example/ })).toHaveCount(0);
    });
  });
}
