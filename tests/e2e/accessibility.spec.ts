// Every main page is held to WCAG 2.1 AA by axe-core (@axe-core/playwright), at a desktop width and
// at a phone's. A new page joins by adding its path here. The RSVP page gets a token signed as the
// app signs it (the e2e stack's BETTER_AUTH_SECRET, tests/helpers/app-stack.ts).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { deriveRsvpKey, signRsvpToken } from "../../lib/rsvp/rsvp-token";
import { e2eDb, seedEvent } from "./helpers";

const E2E_SECRET = "e2e-and-bench-secret-0123456789abcdef";
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const viewports = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
];

async function expectNoViolations(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  // Client components (live counters, progress) have rendered once the network is quiet.
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${path}`).toEqual([]);
}

async function seedPages() {
  const event = await seedEvent({ title: "Accessible Workshop", capacity: 30 });
  const [participant] = await e2eDb()`
    insert into participants (event_id, first_name, last_name, email, status, organisation)
    values (${event.id}, 'Ada', 'Lovelace', ${`ada.${event.id.slice(0, 8)}@example.com`}, 'approved', 'Analytical Engines')
    returning id, rsvp_token_version`;
  await e2eDb()`update events set seats_taken = 1 where id = ${event.id}`;
  const token = signRsvpToken(deriveRsvpKey(E2E_SECRET), {
    participantId: participant.id,
    eventId: event.id,
    version: participant.rsvp_token_version,
  });
  return { event, participantId: participant.id as string, token };
}

const organizerPages = (eventId: string, participantId: string) => {
  const base = `/events/${eventId}`;
  return [
    "/events",
    "/events/new",
    base,
    `${base}/edit`,
    `${base}/participants`,
    `${base}/participants/${participantId}`,
    `${base}/participants/new`,
    `${base}/import`,
    `${base}/emails`,
    `${base}/activity`,
    `${base}/deliveries`,
    `${base}/operations`,
    `${base}/certificates`,
    `${base}/privacy`,
    "/outbox",
    "/jobs",
    "/staff",
    "/door",
    `${base}/check-in`,
  ];
};
const ORGANIZER_PAGE_COUNT = organizerPages("e", "p").length;
const publicPages = (slug: string, token: string) => [
  `/e/${slug}`,
  `/e/${slug}/registered`,
  `/rsvp/${token}`,
  "/sign-in",
  "/forgot-password",
];

for (const { name, viewport } of viewports) {
  test.describe(`WCAG 2.1 AA at ${name} size`, () => {
    test.use({ viewport });
    let seeded: Awaited<ReturnType<typeof seedPages>>;
    test.beforeAll(async () => {
      seeded = await seedPages();
    });

    // One test per page: each gets its own time budget and its own report.
    for (let i = 0; i < ORGANIZER_PAGE_COUNT; i++) {
      test(`organizer page ${i + 1} (${organizerPages("<event>", "<participant>")[i]}) has no axe violations`, async ({ page }) => {
        await expectNoViolations(page, organizerPages(seeded.event.id, seeded.participantId)[i]);
      });
    }

    test.describe("signed out", () => {
      test.use({ storageState: { cookies: [], origins: [] } });
      for (let i = 0; i < publicPages("s", "t").length; i++) {
        test(`public page ${i + 1} (${publicPages("<slug>", "<token>")[i]}) has no axe violations`, async ({ page }) => {
          await expectNoViolations(page, publicPages(seeded.event.slug, seeded.token)[i]);
        });
      }
    });
  });
}
