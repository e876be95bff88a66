import { expect, test, type Page } from "@playwright/test";
import { e2eDb, seedEvent, viewports } from "./helpers";

const signedOut = { cookies: [], origins: [] };

async function templateRows(eventId: string) {
  return e2eDb()`select kind, subject, body from event_email_templates where event_id = ${eventId} order by kind`;
}

async function openApproved(page: Page, eventId: string) {
  await page.goto(`/events/${eventId}/emails?kind=approved`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Email templates");
  await expect(page.getByRole("heading", { level: 2, name: "Approved (with ticket)" })).toBeVisible();
}

const preview = (page: Page) => page.frameLocator('iframe[title="Email preview (HTML part)"]');

test("the owner edits the approval email with a live preview, saves it, is told of an unknown placeholder and resets it", async ({
  page,
}) => {
  const event = await seedEvent({ title: "Email Day" });
  await page.goto(`/events/${event.id}`);
  await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Emails" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Email templates");
  await page.getByRole("navigation", { name: "Emails" }).getByRole("link", { name: "Approved (with ticket)" }).click();
  // The tabs keep the language of the wording being edited (the event's, English here).
  await expect(page).toHaveURL(/\?kind=approved&lang=en$/);

  // The default wording, rendered for the sample participant.
  await expect(page.getByLabel("Subject", { exact: true })).toHaveValue("You're confirmed for {{event_title}}");
  await expect(preview(page).getByText("Dear Μαρία,")).toBeVisible();
  await expect(preview(page).getByRole("heading", { name: "Email Day" })).toBeVisible();
  await expect(page.getByTestId("preview-subject")).toHaveText("You're confirmed for Email Day");
  await expect(page.getByRole("button", { name: "Reset to default" })).toHaveCount(0);

  // The preview follows the typing; script tags are shown as text.
  await page.getByLabel("Subject", { exact: true }).fill("Your pass for {{event_title}}, {{first_name}}");
  await expect(page.getByTestId("preview-subject")).toHaveText("Your pass for Email Day, Μαρία");
  await page.getByLabel("Body", { exact: true }).fill("Hello {{full_name}},\n\nBring this: <script>alert(1)</script>\nSee you at ");
  await page.getByRole("button", { name: /^Insert \{\{venue\}\}/ }).click();
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(
    "Hello {{full_name}},\n\nBring this: <script>alert(1)</script>\nSee you at {{venue}}",
  );
  await expect(preview(page).getByText("Hello Μαρία Παπαδοπούλου,")).toBeVisible();
  await expect(preview(page).getByText("Bring this: <script>alert(1)</script>")).toBeVisible();
  await page.getByText("Plain-text part").click();
  await expect(page.getByTestId("preview-text")).toContainText("See you at Athens Conference Centre");
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("Saved. The “Approved (with ticket)” email now uses your wording.")).toBeVisible();
  expect(await templateRows(event.id)).toEqual([
    {
      kind: "approved",
      subject: "Your pass for {{event_title}}, {{first_name}}",
      body: "Hello {{full_name}},\n\nBring this: <script>alert(1)</script>\nSee you at {{venue}}",
    },
  ]);
  await expect(page.getByRole("navigation", { name: "Emails" }).getByRole("link", { name: /Approved \(with ticket\)/ })).toContainText(
    "edited",
  );

  // A placeholder in the wrong case is reported with its text, nothing is saved, and the typing stays.
  await page.getByLabel("Body", { exact: true }).fill("Dear {{First_Name}}, your ticket: {{ticket_url}}");
  await expect(page.getByText("The preview waits until this is fixed:")).toBeVisible();
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.locator("#body-error")).toContainText("Unknown placeholder “{{First_Name}}”: did you mean {{first_name}}?");
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("Dear {{First_Name}}, your ticket: {{ticket_url}}");
  await expect(page.getByLabel("Body", { exact: true })).toBeFocused();
  expect((await templateRows(event.id))[0].body).toBe(
    "Hello {{full_name}},\n\nBring this: <script>alert(1)</script>\nSee you at {{venue}}",
  );

  // A placeholder this email has no value for is refused as well.
  await page.getByLabel("Body", { exact: true }).fill("Dear {{first_name}}, {{rsvp_url}}");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.locator("#body-error")).toContainText("“{{rsvp_url}}” has no value in the “Approved (with ticket)” email");

  // Reset to default after confirming: the row goes and the default wording comes back.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Reset to default" }).click();
  await expect(page.getByText("Reset. The “Approved (with ticket)” email uses the default wording again.")).toBeVisible();
  expect(await templateRows(event.id)).toEqual([]);
  await expect(page.getByLabel("Subject", { exact: true })).toHaveValue("You're confirmed for {{event_title}}");
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(/Your ticket is attached to this email as a PDF/);
  await expect(page.getByRole("button", { name: "Reset to default" })).toHaveCount(0);
  await expect(preview(page).getByText("Dear Μαρία,")).toBeVisible();
});

test("a 1 MB body is refused with a clear message and nothing is saved", async ({ page }) => {
  const event = await seedEvent();
  await openApproved(page, event.id);
  // The field stops typing at 20,000 characters; a request made without the page's limit still meets the server's.
  await page.getByLabel("Body", { exact: true }).evaluate((el) => el.removeAttribute("maxlength"));
  await page.getByLabel("Body", { exact: true }).fill("x".repeat(1024 * 1024));
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.locator("#body-error")).toHaveText("Body must be at most 20,000 characters; this one has 1,048,576");
  expect(await templateRows(event.id)).toEqual([]);
});

test("each email kind has its own tab with its placeholders, and the page fits a phone", async ({ page }) => {
  const event = await seedEvent({ title: "Phone Day" });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`/events/${event.id}/emails?kind=rejected`);
  await expect(page.getByRole("heading", { level: 2, name: "Rejected" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Insert \{\{reason\}\}/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Insert \{\{ticket_url\}\}/ })).toHaveCount(0);
  await expect(preview(page).getByText("Reason: The workshop is fully booked.")).toBeVisible();

  await page.getByRole("link", { name: "RSVP request" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "RSVP request" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Insert \{\{rsvp_url\}\}/ })).toBeVisible();
  for (const label of ["Registration received", "Approved (with ticket)", "Rejected", "Ticket sent again", "Certificate"]) {
    await expect(page.getByRole("navigation", { name: "Emails" }).getByRole("link", { name: label })).toBeVisible();
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe("without a session", () => {
  test("the page sends an anonymous visitor to sign-in", async ({ browser }) => {
    const event = await seedEvent();
    const context = await browser.newContext({ storageState: signedOut });
    const page = await context.newPage();
    await page.goto(`/events/${event.id}/emails?kind=approved`);
    await expect(page).toHaveURL(/\/sign-in$/);
    await context.close();
  });

  test("saving after the session is gone goes to sign-in and changes nothing", async ({ page }) => {
    const event = await seedEvent();
    await openApproved(page, event.id);
    await page.getByLabel("Subject", { exact: true }).fill("Saved without a session");
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await templateRows(event.id)).toEqual([]);
  });

  test("resetting after the session is gone goes to sign-in and keeps the template", async ({ page }) => {
    const event = await seedEvent();
    await e2eDb()`insert into event_email_templates (event_id, kind, subject, body) values (${event.id}, 'approved', 'Kept', 'Kept body')`;
    await openApproved(page, event.id);
    await expect(page.getByLabel("Subject", { exact: true })).toHaveValue("Kept");
    await page.context().clearCookies();
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Reset to default" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await templateRows(event.id)).toEqual([{ kind: "approved", subject: "Kept", body: "Kept body" }]);
  });

  test("the live preview after the session is gone goes to sign-in", async ({ page }) => {
    const event = await seedEvent();
    await openApproved(page, event.id);
    await page.context().clearCookies();
    await page.getByLabel("Subject", { exact: true }).fill("Previewed without a session {{first_name}}");
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await templateRows(event.id)).toEqual([]);
  });
});

// Issue 20: the save is confirmed where the organizer is looking, on a laptop and on a phone.
for (const { name, viewport } of viewports) {
  test.describe(`at ${name} size`, () => {
    test.use({ viewport });

    test("saving a template is confirmed on screen", async ({ page }) => {
      const event = await seedEvent({ title: `Template ${name}` });
      await openApproved(page, event.id);
      await page.getByLabel("Subject", { exact: true }).fill(`Your pass (${name}) for {{event_title}}`);
      await page.getByRole("button", { name: "Save template" }).click();
      const confirmation = page.getByText("Saved. The “Approved (with ticket)” email now uses your wording.");
      await expect(confirmation).toBeVisible();
      await expect(confirmation).toBeInViewport();
      expect((await templateRows(event.id))[0].subject).toBe(`Your pass (${name}) for {{event_title}}`);
    });
  });
}
