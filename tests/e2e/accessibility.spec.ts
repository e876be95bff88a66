// Every main page is held to WCAG 2.1 AA by axe-core (@axe-core/playwright), at a desktop width and
// at a phone's. A new page joins by adding its path here. The RSVP page gets a token signed as the
// app signs it (the e2e stack's BETTER_AUTH_SECRET, tests/helpers/app-stack.ts).
import AxeBuilder from "@axe-core/playwright";
import { createHash, randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { deriveRsvpKey, signRsvpToken } from "../../lib/rsvp/rsvp-token";
import { generateTicketCode } from "../../lib/tickets/ticket-code";
import { e2eDb, seedEvent, seedQuestions, viewports } from "./helpers";

const E2E_SECRET = "e2e-and-bench-secret-0123456789abcdef";
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

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
  // The pages that need a row of their own: questions (one conditional), a waitlisted person, an
  // announcement, an email in the outbox, a finished operation, an uploaded CSV, a certificate, an invitation.
  const sql = e2eDb();
  const choice = { id: "axerole001", key: "role", label: "Your role", type: "single_choice", required: true };
  await seedQuestions(event.id, [
    {
      ...choice,
      options: [
        { id: "axeteach01", label: "Teacher" },
        { id: "axestud001", label: "Student" },
      ],
    },
    { id: "axeschool1", key: "school", label: "Your school", showWhen: { questionId: choice.id, value: "axeteach01" } },
  ]);
  await sql`insert into participants (event_id, first_name, last_name, email, status, waitlisted_at)
            values (${event.id}, 'Grace', 'Hopper', ${`grace.${event.id.slice(0, 8)}@example.com`}, 'waitlisted', now())`;
  const [announcement] = await sql`
    insert into announcements (event_id, request_key, subject, body, state, send_at)
    values (${event.id}, ${`axe-${event.id}`}, 'Room change', 'We meet in room 2.', 'scheduled', now() + interval '1 day') returning id`;
  const [message] = await sql`
    insert into messages (key, kind, event_id, participant_id, from_address, to_address, subject, html, text, status)
    values (${`axe:${event.id}`}, 'approved', ${event.id}, ${participant.id}, 'events@example.org', 'ada@example.com', 'You are in',
            '<p>Welcome, Ada.</p>', 'Welcome, Ada.', 'sent') returning id`;
  const [operation] = await sql`
    insert into operations (event_id, kind, total, processed, succeeded, state, finished_at, created_by_name)
    values (${event.id}, 'rsvp_email', 1, 1, 1, 'completed', now(), 'Olga Owner') returning id`;
  const csv = Buffer.from("First name,Last name,Email\nAda,Lovelace,ada@example.com\n");
  const [upload] = await sql`
    insert into uploads (event_id, purpose, filename, content_type, size, content)
    values (${event.id}, 'participants_import', 'people.csv', 'text/csv', ${csv.length}, ${csv}) returning id`;
  const code = generateTicketCode();
  await sql`insert into certificates (participant_id, event_id, code, holder_name, pdf, sha256)
            values (${participant.id}, ${event.id}, ${code}, 'Ada Lovelace', ${Buffer.from("%PDF-1.4")}, 'x')`;
  const invite = randomBytes(32).toString("base64url");
  await sql`insert into invitations (email, name, role, event_ids, token_hash, expires_at)
            values (${`axe-${event.id.slice(0, 8)}@example.com`}, 'Ivy Invited', 'organizer', ${sql.json([event.id])},
                    ${createHash("sha256").update(invite).digest("hex")}, now() + interval '1 day')`;
  return {
    event,
    participantId: participant.id as string,
    token,
    rows: { announcement: announcement.id, message: message.id, operation: operation.id, upload: upload.id, code, invite } as Rows,
  };
}

type Rows = { announcement: string; message: string; operation: string; upload: string; code: string; invite: string };
const SAMPLE_ROWS: Rows = {
  announcement: "<announcement>",
  message: "<message>",
  operation: "<operation>",
  upload: "<upload>",
  code: "<code>",
  invite: "<token>",
};

const organizerPages = (eventId: string, participantId: string, rows: Rows) => {
  const base = `/events/${eventId}`;
  return [
    "/events",
    "/events/new",
    base,
    `${base}/edit`,
    `${base}/participants`,
    `${base}/participants/${participantId}`,
    `${base}/participants/new`,
    `${base}/participants/waitlist`,
    `${base}/questions`,
    `${base}/announcements`,
    `${base}/announcements/${rows.announcement}`,
    `${base}/import`,
    `${base}/import/preview/${rows.upload}`,
    `${base}/emails`,
    `${base}/activity`,
    `${base}/deliveries`,
    `${base}/operations`,
    `${base}/operations/${rows.operation}`,
    `${base}/certificates`,
    `${base}/privacy`,
    "/outbox",
    `/outbox/${rows.message}`,
    "/jobs",
    "/staff",
    "/door",
    `${base}/check-in`,
  ];
};
const ORGANIZER_PAGE_COUNT = organizerPages("e", "p", SAMPLE_ROWS).length;
const publicPages = (slug: string, token: string, rows: Rows) => [
  `/e/${slug}`,
  `/e/${slug}/registered`,
  `/rsvp/${token}`,
  `/verify/${rows.code}`,
  `/invite/${rows.invite}`,
  "/sign-in",
  "/forgot-password",
  "/reset-password?token=an-emailed-token",
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
      test(`organizer page ${i + 1} (${organizerPages("<event>", "<participant>", SAMPLE_ROWS)[i]}) has no axe violations`, async ({
        page,
      }) => {
        await expectNoViolations(page, organizerPages(seeded.event.id, seeded.participantId, seeded.rows)[i]);
      });
    }

    test.describe("signed out", () => {
      test.use({ storageState: { cookies: [], origins: [] } });
      for (let i = 0; i < publicPages("s", "t", SAMPLE_ROWS).length; i++) {
        test(`public page ${i + 1} (${publicPages("<slug>", "<token>", SAMPLE_ROWS)[i]}) has no axe violations`, async ({ page }) => {
          await expectNoViolations(page, publicPages(seeded.event.slug, seeded.token, seeded.rows)[i]);
        });
      }
    });
  });
}
