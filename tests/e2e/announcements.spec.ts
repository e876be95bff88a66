// Announcements in the browser: write one with placeholders and a live preview, an unknown
// placeholder refused at the field, a test sent to oneself, a filter nobody matches refused, then the
// send to the approved participants with its progress live until every email is out, and the history.
import { expect, test } from "@playwright/test";
import { e2eDb, messagesTo, OWNER, seedEvent, waitFor } from "./helpers";

test("the organizer composes an announcement, tests it, and sends it to the approved participants with live progress", async ({ page }) => {
  test.setTimeout(90_000);
  const event = await seedEvent({ title: "Announce Workshop", venue: "Hall B" });
  await e2eDb()`
    insert into participants (event_id, first_name, last_name, email, status)
    select ${event.id}, 'Guest', lpad(g::text, 3, '0'), 'announce-' || ${event.slug} || '-' || g || '@example.com',
           case when g <= 25 then 'approved' else 'pending' end
    from generate_series(1, 28) g`;

  await page.goto(`/events/${event.id}`);
  await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Announcements" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/announcements$`), { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Announcements", { timeout: 20_000 });
  await expect(page.getByText("No announcements yet")).toBeVisible();

  await page.getByLabel("Subject").fill("New room for {{event_title}}");
  await page.getByLabel("Message").fill("Dear {{frist_name}},\n\nWe meet in {{venue}}.");
  await expect(page.getByRole("status").filter({ hasText: "Unknown placeholder “{{frist_name}}”" })).toBeVisible();
  await page.getByRole("button", { name: "Send announcement" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not sent: fix the placeholders" })).toBeVisible();
  await expect(page.getByLabel("Message")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Message").fill("Dear {{first_name}},\n\nWe meet in {{venue}}.");
  await expect(page.getByTestId("preview-subject")).toHaveText("New room for Announce Workshop");
  await expect(page.getByTestId("preview-text")).toContainText("We meet in Hall B.");

  await page.getByRole("button", { name: "Send a test to me" }).click();
  await expect(page.getByText(`A test was sent to ${OWNER.email}`)).toBeVisible();
  const testEmail = await waitFor(async () =>
    (await messagesTo(OWNER.email)).find((m) => m.subject === "[Test] New room for Announce Workshop"),
  );
  expect(testEmail.kind).toBe("announcement");

  await page.getByLabel("Status").selectOption("pending");
  await page.getByLabel("Checked in").selectOption("yes");
  await page.getByRole("button", { name: "Send announcement" }).click();
  await expect(page.getByText("Nobody matches these filters: nothing was sent.")).toBeVisible();
  const [none] = await e2eDb()`select count(*)::int as n from announcements where event_id = ${event.id}`;
  expect(none.n).toBe(0);

  await page.getByLabel("Status").selectOption("approved");
  await page.getByLabel("Checked in").selectOption("");
  await page.getByRole("button", { name: "Send announcement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New room for {{event_title}}", { timeout: 20_000 });
  await expect(page.getByText("Participants approved", { exact: false }).first()).toBeVisible();
  const bar = page.getByRole("progressbar", { name: "Emails done" });
  await expect(bar).toHaveAttribute("aria-valuemax", "25");
  await expect(bar).toHaveAttribute("aria-valuenow", "25", { timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: "25 of 25 done: 25 sent" })).toBeVisible();

  const sent =
    await e2eDb()`select to_address, status, text from messages where event_id = ${event.id} and kind = 'announcement' and participant_id is not null`;
  expect(sent).toHaveLength(25);
  expect(sent.every((m) => m.status === "sent")).toBe(true);
  expect(sent.find((m) => m.to_address.endsWith("-1@example.com"))?.text).toContain("Dear Guest,");

  await page.getByRole("link", { name: "Announcements" }).first().click();
  const history = page.getByRole("table", { name: "Announcements" });
  await expect(history.getByRole("row").filter({ hasText: "New room for {{event_title}}" })).toContainText("Sent to 25");
});
