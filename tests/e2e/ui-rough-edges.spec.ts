// Issue 20, at a desktop's size and a phone's: badges that say what the public page says, the events
// list split and searchable, confirmations after saving, tables and tabs that say they scroll, the
// favicon and the skip link, and links in the organizer's own description.
import { expect, request, test } from "@playwright/test";
import { e2eDb, seedEvent, viewports } from "./helpers";
import { bombPng, realPng } from "../helpers/png";

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

    test("a dashboard in Greek shows the events list's badges, counts and headings in Greek", async ({ page, baseURL }) => {
      const tag = `Greek${name}${Date.now().toString(36)}`;
      await seedEvent({ title: `${tag} open`, capacity: 10 });
      await seedEvent({ title: `${tag} closed`, registrationOpen: false, approvalMode: "automatic" });
      const past = await seedEvent({ title: `${tag} past` });
      await makePast(past.id);
      // The language the dashboard switcher keeps for the browser (the shared owner's stored choice stays English).
      await page.context().addCookies([{ name: "eventdesk_ui_lang", value: "el", url: baseURL ?? "" }]);

      await page.goto(`/events?q=${tag}`);
      await expect(page.locator("html")).toHaveAttribute("lang", "el");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Εκδηλώσεις");
      const upcoming = page.getByRole("region", { name: /Επερχόμενες και σε εξέλιξη/ });
      const pastList = page.getByRole("region", { name: /Παλαιότερες εκδηλώσεις/ });
      const card = (title: string) => page.getByRole("listitem").filter({ hasText: title });
      await expect(card(`${tag} open`).locator("[data-registration-state]")).toHaveText("Εγγραφές ανοιχτές");
      await expect(card(`${tag} open`)).toContainText("0 συμμετέχοντες από 10");
      await expect(card(`${tag} closed`).locator("[data-registration-state]")).toHaveText("Εγγραφές κλειστές");
      await expect(card(`${tag} closed`)).toContainText("Αυτόματη έγκριση");
      await expect(pastList.getByRole("listitem").locator("[data-registration-state]")).toHaveText("Ολοκληρώθηκε");
      await expect(upcoming.getByRole("listitem")).toHaveCount(2);
      await expect(page.getByRole("listitem").filter({ hasText: tag }).first()).not.toContainText("Registration");

      // The overview follows, its badge and the event's date in Greek.
      await page.goto(`/events/${past.id}`);
      await expect(page.locator("[data-registration-state]")).toHaveText("Ολοκληρώθηκε");
      await expect(page.getByRole("link", { name: "Επεξεργασία εκδήλωσης" })).toBeVisible();
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
      // The table scrolls inside its box: nothing in it (the screen-reader-only column heading either)
      // makes the page itself wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
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

      test("the time zone field is a searchable combobox with the organizer's zones first, used by keyboard", async ({ page }) => {
        await page.goto("/events/new");
        const zone = page.getByRole("combobox", { name: "Time zone" });
        await expect(zone).toHaveValue("Asia/Tokyo");
        const hidden = page.locator('input[type="hidden"][name="timeZone"]');
        await expect(hidden).toHaveValue("Asia/Tokyo");
        await zone.click();
        await expect(zone).toHaveAttribute("aria-expanded", "true");
        const list = page.getByRole("listbox", { name: "Matching zones" });
        const options = list.getByRole("option");
        // The browser's zone first, then the dashboard's (the e2e server's DASHBOARD_TIME_ZONE).
        await expect(options.first()).toContainText("Asia/Tokyo");
        await expect(options.first()).toContainText("Your time zone");
        await expect(options.nth(1)).toContainText("Dashboard time zone");
        expect(await options.count()).toBeGreaterThan(300);

        await zone.fill("new york");
        await expect(options).toHaveCount(1);
        await expect(page.getByText("1 zone matches")).toBeAttached();
        // Typing alone changes nothing; Enter picks the active option.
        await expect(hidden).toHaveValue("Asia/Tokyo");
        await expect(zone).toHaveAttribute("aria-activedescendant", /.+/);
        await zone.press("Enter");
        await expect(zone).toHaveValue("America/New_York");
        await expect(hidden).toHaveValue("America/New_York");
        await expect(zone).toHaveAttribute("aria-expanded", "false");

        // Arrow keys move through the list; Escape closes it and keeps the choice.
        await zone.fill("europe/a");
        await zone.press("ArrowDown");
        await zone.press("Enter");
        await expect(hidden).toHaveValue(/^Europe\/A/);
        const chosen = await hidden.inputValue();
        await zone.fill("zzzz");
        await expect(page.getByText("No zone matches. Try a city, e.g. Athens.")).toBeVisible();
        await zone.press("Escape");
        await expect(zone).toHaveValue(chosen);
        await expect(hidden).toHaveValue(chosen);
      });
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test("the time zone field is a plain select that submits", async ({ page }) => {
        await page.goto("/events/new");
        const select = page.getByLabel("Time zone", { exact: true });
        await expect(select).toHaveJSProperty("tagName", "SELECT");
        expect(await select.locator("option").count()).toBeGreaterThan(300);
        await select.selectOption("Europe/Athens");
        await expect(select).toHaveValue("Europe/Athens");
      });
    });

    test("one activity view shows running and past operations, delivery problems with Retry, and recent emails", async ({ page }) => {
      const event = await seedEvent({ title: `Activity ${name}` });
      const [running] = await e2eDb()`
        insert into operations (event_id, kind, state, total, processed, succeeded, started_at)
        values (${event.id}, 'rsvp_email', 'running', 10, 4, 4, now()) returning id`;
      const [done] = await e2eDb()`
        insert into operations (event_id, kind, state, total, processed, succeeded, failed, finished_at, created_at)
        values (${event.id}, 'rsvp_email', 'completed', 5, 5, 4, 1, now(), now() - interval '1 hour') returning id`;
      const [failed] = await e2eDb()`
        insert into messages (key, kind, event_id, from_address, to_address, subject, html, text, status, error, attempts, transport)
        values (${`e2e:activity:failed:${event.id}`}, 'approved', ${event.id}, 'events@localhost', 'typo@example', 'You are confirmed',
                '<p>Hi</p>', 'Hi', 'failed', 'validation_error: Invalid to field', 1, 'resend') returning id`;
      const [bounced] = await e2eDb()`
        insert into messages (key, kind, event_id, from_address, to_address, subject, html, text, status, delivery_status, delivery_detail, delivery_reported_at)
        values (${`e2e:activity:bounced:${event.id}`}, 'rsvp_request', ${event.id}, 'events@localhost', 'gone@example.com', 'Will you attend?',
                '<p>Hi</p>', 'Hi', 'sent', 'bounced', 'Permanent: mailbox does not exist', now()) returning id`;

      await page.goto(`/events/${event.id}`);
      await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Activity" }).click();
      await expect(page).toHaveURL(new RegExp(`/events/${event.id}/activity$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activity");

      const runningNow = page.getByRole("region", { name: "Running now" });
      await expect(runningNow.getByRole("progressbar", { name: "Emails done" })).toHaveAttribute("aria-valuenow", "4");
      await expect(runningNow.getByRole("status")).toContainText("4 of 10 done");

      const past = page.getByRole("region", { name: "Past operations" });
      const link = past.getByRole("link", { name: "RSVP emails" });
      await expect(link).toHaveAttribute("href", `/events/${event.id}/operations/${done.id}`);
      await expect(past.getByRole("row").filter({ hasText: "Completed" })).toHaveCount(1);
      await expect(past.getByRole("link", { name: "RSVP emails" })).toHaveCount(1);

      const problems = page.getByRole("region", { name: "Delivery problems" });
      await expect(problems.getByRole("button", { name: "Retry the email to typo@example" })).toBeVisible();
      await expect(problems.getByText("Permanent: mailbox does not exist")).toBeVisible();
      await expect(problems.getByText("Bounced", { exact: true })).toBeVisible();

      const emails = page.getByRole("region", { name: "Recent emails" });
      await expect(emails.getByRole("link", { name: "Will you attend?" })).toHaveAttribute("href", `/outbox/${bounced.id}`);
      await expect(emails.getByRole("link", { name: "You are confirmed" })).toHaveAttribute("href", `/outbox/${failed.id}`);
      await expect(page.getByRole("link", { name: "Operations and RSVP sends" })).toBeVisible();

      // The running one finishes: the page moves it to the past operations by itself.
      await e2eDb()`update operations set state = 'completed', processed = 10, succeeded = 10, finished_at = now() where id = ${running.id}`;
      await expect(runningNow.getByText("Nothing is running for this event right now.")).toBeVisible({ timeout: 15_000 });
      await expect(past.getByRole("link", { name: "RSVP emails" })).toHaveCount(2);
      if (phone) {
        const box = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
    });

    test("the public page shows the organizer's contact and a cover image; bad covers and javascript: links are refused", async ({
      page,
    }) => {
      const event = await seedEvent({ title: `Cover ${name}` });
      await page.goto(`/events/${event.id}/edit`);
      await page.getByLabel("Organizer name").fill("Hellenic Data Society");
      await page.getByLabel("Contact email").fill("info@example.org");
      await page.getByLabel("Contact phone").fill("+30 210 123 4567");
      await page.getByLabel("Website").fill("javascript:alert(1)");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.locator("#organizerUrl-error")).toHaveText("Enter a web address starting with http:// or https://");
      await page.getByLabel("Website").fill("https://example.org/about");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page).toHaveURL(new RegExp(`/events/${event.id}\\?saved=updated$`));

      // Refusals from the upload route: a 4xx with a message, whatever the browser checked.
      const url = `/api/events/${event.id}/cover`;
      const notImage = await page.request.post(url, {
        data: Buffer.from("<svg onload=alert(1)>"),
        headers: { "content-type": "application/octet-stream" },
      });
      expect(notImage.status()).toBe(400);
      expect((await notImage.json()).error).toBe("The file is not a PNG or JPEG image.");
      const huge = await page.request.post(url, {
        data: Buffer.alloc(2 * 1024 * 1024 + 10),
        headers: { "content-type": "application/octet-stream" },
      });
      expect(huge.status()).toBe(413);
      expect((await huge.json()).error).toMatch(/the limit is 2 MB/);
      const bomb = await page.request.post(url, { data: bombPng(9000, 9000), headers: { "content-type": "application/octet-stream" } });
      expect(bomb.status()).toBe(400);
      expect((await bomb.json()).error).toBe("The image is 9,000 × 9,000 pixels; the limit is 4,000 × 4,000.");
      const signedOut = await request.newContext({ baseURL: new URL(page.url()).origin, storageState: { cookies: [], origins: [] } });
      const anonymous = await signedOut.post(url, { data: realPng(20, 10), headers: { "content-type": "application/octet-stream" } });
      expect(anonymous.status()).toBe(401);
      await signedOut.dispose();

      // In the browser: a file that is not an image is refused with the message; a PNG is stored and shown.
      await page.goto(`/events/${event.id}/edit`);
      const file = page.getByLabel(/Choose a cover image/);
      await file.setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: Buffer.from("GIF89a not a png") });
      await page.getByRole("button", { name: "Upload cover" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "The file is not a PNG or JPEG image." })).toBeVisible();
      await file.setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: realPng(1200, 400) });
      await page.getByRole("button", { name: "Upload cover" }).click();
      await expect(page.getByRole("button", { name: "Remove cover" })).toBeVisible();

      // The cached public page shows both at once (the save and the upload expired it).
      await page.goto(`/e/${event.slug}`);
      const cover = page.getByRole("img", { name: `Cover ${name}` });
      await expect(cover).toBeVisible();
      await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
      const box = (await cover.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(viewport.width);
      const organizer = page.getByRole("region", { name: "Organizer" });
      await expect(organizer).toContainText("Hellenic Data Society");
      await expect(organizer.getByRole("link", { name: "info@example.org" })).toHaveAttribute("href", "mailto:info@example.org");
      await expect(organizer.getByRole("link", { name: "+30 210 123 4567" })).toHaveAttribute("href", "tel:+302101234567");
      await expect(organizer.getByRole("link", { name: "https://example.org/about" })).toHaveAttribute("href", "https://example.org/about");
      await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);

      // Removed: the public page follows.
      await page.goto(`/events/${event.id}/edit`);
      await page.getByRole("button", { name: "Remove cover" }).click();
      await expect(page.getByText("No cover image yet.")).toBeVisible();
      await page.goto(`/e/${event.slug}`);
      await expect(page.getByRole("img", { name: `Cover ${name}` })).toHaveCount(0);
    });

    test("the certificate preview image shows at this size", async ({ page }) => {
      test.setTimeout(60_000);
      const event = await seedEvent({ title: `Preview ${name}` });
      await page.goto(`/events/${event.id}/certificates`);
      const image = page.getByRole("img", { name: "Certificate preview for a sample participant" });
      await expect(image).toBeVisible({ timeout: 30_000 });
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 30_000 })
        .toBeGreaterThan(0);
      await image.scrollIntoViewIfNeeded();
      const box = (await image.boundingBox())!;
      expect(box.width).toBeGreaterThan(phone ? 200 : 400);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await expect(page.getByRole("link", { name: "Download the preview as PDF" })).toBeVisible();
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
