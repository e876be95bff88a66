// The waitlist at a desktop's size and a phone's: a full event's public page offers to join the
// waitlist, and the person who joins learns their place (the on-screen confirmation, the email with
// the place and the manage page; the form itself names no place, so that it answers a repeated
// registration exactly as a new one); the organizer's waitlist page lists them in order, promoting
// needs "even if full" while no seat is free, and then admits them with their ticket; on a phone the
// table scrolls inside its box and the page does not get wider than the screen.
import { expect, test } from "@playwright/test";
import { e2eDb, seedEvent, waitFor } from "./helpers";

const viewports = [
  { name: "desktop", viewport: { width: 1280, height: 800 }, phone: false },
  { name: "phone", viewport: { width: 390, height: 844 }, phone: true },
];

for (const { name, viewport, phone } of viewports) {
  test.describe(`at ${name} size`, () => {
    test.use({ viewport });

    test("join a full event's waitlist, see the place, and the organizer promotes from the waitlist page", async ({ page }) => {
      test.setTimeout(90_000);
      const tag = `${name}${Date.now().toString(36)}`;
      const event = await seedEvent({ title: `Waitlist ${tag}`, capacity: 1, approvalMode: "automatic" });
      // The one seat is taken.
      await e2eDb()`insert into participants (event_id, first_name, last_name, email, status)
        values (${event.id}, 'Seated', 'Already', ${`seated-${tag}@example.com`}, 'approved')`;
      await e2eDb()`update events set seats_taken = 1 where id = ${event.id}`;

      await page.goto(`/e/${event.slug}`);
      await expect(page.getByText("This event is full.")).toBeVisible();
      await expect(page.getByText(/Join the waitlist with the form below/)).toBeVisible();
      const email = `waiting-${tag}@example.com`;
      await page.getByLabel("First name").fill("Wanda");
      await page.getByLabel("Last name").fill(`Waiting ${tag}`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel(/I agree/).check();
      await page.getByRole("button", { name: "Register" }).click();
      await expect(page.getByText("The event is full — you are on the waitlist.")).toBeVisible();

      // The place: in the email, and on the manage page its link opens.
      const joined = await waitFor(async () => {
        const [m] = await e2eDb()`select text, status from messages where to_address = ${email} and kind = 'waitlist_joined'`;
        return m?.status === "sent" ? m : undefined;
      }, 30_000);
      expect(joined.text).toContain("Your place: 1.");
      const link = /Manage my registration: (https?:\/\/\S+\/rsvp\/[A-Za-z0-9_-]{48})/.exec(joined.text as string)?.[1];
      expect(link).toBeTruthy();
      await page.goto(new URL(link!).pathname);
      await expect(page.getByText(/you are number 1 on the waitlist/)).toBeVisible();

      // The organizer's waitlist page lists Wanda first.
      await page.goto(`/events/${event.id}/participants/waitlist`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waitlist");
      const table = page.getByTestId("waitlist-table");
      const row = table.getByRole("row").filter({ hasText: `Wanda Waiting ${tag}` });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole("cell").first()).toHaveText("1");
      await expect(row).toContainText(email);
      await expect(row).toContainText("None");
      if (phone) {
        // The table scrolls inside its box; the page itself is no wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        const box = (await page.locator("main").boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        const promote = (await row.getByRole("button", { name: "Promote…" }).boundingBox())!;
        expect(promote.width).toBeGreaterThan(0);
      }

      // No seat is free: promoting without "even if full" changes nothing and says why.
      await row.getByRole("button", { name: "Promote…" }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toContainText("The event is full right now.");
      await dialog.getByRole("button", { name: "Promote", exact: true }).click();
      await expect(page.getByText(/No seat is free\. Tick “Even if the event is full”/)).toBeVisible();
      const [still] = await e2eDb()`select status from participants where email = ${email}`;
      expect(still.status).toBe("waitlisted");

      // With it ticked, Wanda is admitted over the capacity and gets her ticket.
      await row.getByRole("button", { name: "Promote…" }).click();
      await dialog.getByLabel("Even if the event is full (goes over its capacity)").check();
      await dialog.getByRole("button", { name: "Promote", exact: true }).click();
      await expect(page.getByText(`Wanda Waiting ${tag} was promoted from the waitlist.`)).toBeVisible();
      const admitted = await waitFor(async () => {
        const [p] = await e2eDb()`select status, ticket_code from participants where email = ${email}`;
        return p?.status === "approved" && p.ticket_code ? p : undefined;
      }, 30_000);
      expect(admitted.ticket_code).toBeTruthy();
      const [history] = await e2eDb()`select h.from_status, h.to_status, h.changed_by_name from participant_status_history h
        join participants p on p.id = h.participant_id where p.email = ${email} and h.to_status = 'pending'`;
      expect(history).toMatchObject({ from_status: "waitlisted", changed_by_name: "Olga Owner" });
      await page.reload();
      await expect(page.getByText("Nobody is on the waitlist")).toBeVisible();
      const [ev] = await e2eDb()`select seats_taken from events where id = ${event.id}`;
      expect(ev.seats_taken).toBe(2);
    });
  });
}
