// "Manage my registration" on a phone: a full event's public form puts the next person on the
// waitlist; the first participant opens the link from their approval email, sees their status and
// ticket, and cancels through the confirmation step; the seat is offered to the waitlisted person by
// email, who opens their link on a phone and claims it, and ends up confirmed with a ticket.
import { expect, test, type Browser } from "@playwright/test";
import { e2eDb, seedEvent, waitFor } from "./helpers";

const signedOut = { cookies: [], origins: [] };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function phonePage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, storageState: signedOut, ...phone });
  return { context, page: await context.newPage() };
}

/** The manage link of the sent email of this kind to this address. */
async function manageLink(email: string, kind: string): Promise<string> {
  const message = await waitFor(async () => {
    const [m] = await e2eDb()`select text, status from messages where to_address = ${email} and kind = ${kind}`;
    return m?.status === "sent" ? m : undefined;
  }, 30_000);
  const url = /Manage my registration: (https?:\/\/\S+\/rsvp\/[A-Za-z0-9_-]{48})/.exec(message.text as string)?.[1];
  expect(url).toBeTruthy();
  return new URL(url!).pathname;
}

test("on a phone: join the waitlist, cancel with confirmation, and the next person claims the freed seat", async ({ browser, baseURL }) => {
  const event = await seedEvent({ title: "Waitlist Workshop", capacity: 1, approvalMode: "automatic" });
  const { context, page } = await phonePage(browser, baseURL);

  const register = async (first: string, email: string) => {
    await page.goto(`/e/${event.slug}`);
    await page.getByLabel("First name").fill(first);
    await page.getByLabel("Last name").fill("Tester");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel(/I agree/).check();
    await page.getByRole("button", { name: "Register" }).click();
  };
  await register("Ada", "ada.manage@example.com");
  await expect(page.getByText("Thank you — you are registered.")).toBeVisible();
  await register("Grace", "grace.manage@example.com");
  await expect(page.getByText("The event is full — you are on the waitlist.")).toBeVisible();
  const graceJoined = await manageLink("grace.manage@example.com", "waitlist_joined");

  // Ada manages her registration from the approval email.
  const adaLink = await manageLink("ada.manage@example.com", "approved");
  await page.goto(adaLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waitlist Workshop");
  await expect(page.getByTestId("registration-status")).toHaveText("Confirmed");
  await expect(page.getByRole("link", { name: "Download my ticket (PDF)" })).toBeVisible();
  const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(noScroll).toBe(true);

  await page.getByText("Cancel my registration", { exact: true }).click();
  // The confirmation step: without ticking the box, nothing is cancelled.
  await page.getByRole("button", { name: "Confirm cancellation" }).click();
  const [still] = await e2eDb()`select status from participants where email = 'ada.manage@example.com'`;
  expect(still.status).toBe("approved");
  await page.getByLabel("Yes, I want to cancel my registration").check();
  await page.getByRole("button", { name: "Confirm cancellation" }).click();
  await expect(page.getByText("Your registration is cancelled.")).toBeVisible();
  await expect(page.getByTestId("registration-status")).toHaveText("Cancelled");
  await expect(page.getByRole("link", { name: "Download my ticket (PDF)" })).toHaveCount(0);
  await manageLink("ada.manage@example.com", "cancelled");

  // Grace's place, then her offer: the same link shows the seat to claim.
  const offerLink = await manageLink("grace.manage@example.com", "waitlist_offer");
  expect(offerLink).toBe(graceJoined);
  await page.goto(offerLink);
  await expect(page.getByTestId("registration-status")).toHaveText("A seat is available for you");
  await page.getByRole("button", { name: "Claim my seat" }).click();
  await expect(page.getByText("The seat is yours.")).toBeVisible();
  await waitFor(async () => {
    const [p] = await e2eDb()`select status, ticket_code from participants where email = 'grace.manage@example.com'`;
    return p.status === "approved" && p.ticket_code;
  }, 30_000);
  await page.reload();
  await expect(page.getByTestId("registration-status")).toHaveText("Confirmed");
  await expect(page.getByRole("link", { name: "Download my ticket (PDF)" })).toBeVisible();
  await context.close();
});

test("a manage link that is not valid shows the same 'does not work' page", async ({ browser, baseURL }) => {
  const { context, page } = await phonePage(browser, baseURL);
  const res = await page.goto(`/rsvp/${"A".repeat(48)}`);
  expect(res?.status()).toBe(404);
  await context.close();
});
