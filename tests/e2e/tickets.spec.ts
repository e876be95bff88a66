import { createHash } from "node:crypto";
import { expect, test, type APIResponse, type Browser } from "@playwright/test";
import { generateTicketCode } from "../../lib/tickets/ticket-code";
import { e2eDb, fillRegistration, seedEvent, waitFor } from "./helpers";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function anonymousContext(browser: Browser) {
  return browser.newContext({ storageState: { cookies: [], origins: [] } });
}

/** The sent message to this address that has a PDF attached, with the attachment. */
async function sentTicketEmail(email: string) {
  return waitFor(async () => {
    const rows = await e2eDb()`
      select m.kind, m.status, m.text, a.filename, a.content_type, a.content
      from messages m join message_attachments a on a.message_id = m.id
      where m.to_address = ${email} and m.status = 'sent'
      order by a.content_type`;
    return rows.length ? rows : null;
  }, 20_000);
}

async function expectPdf(res: APIResponse) {
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toMatch(
    /^attachment; filename="ticket-[a-z0-9-]+\.pdf"; filename\*=UTF-8''ticket-[^"';]+\.pdf$/,
  );
  expect(res.headers()["cache-control"]).toContain("no-store");
  return Buffer.from(await res.body());
}

test("an automatically approved participant is emailed the ticket PDF; the organizer and the participant download the same document", async ({
  page,
  browser,
}) => {
  const event = await seedEvent({ approvalMode: "automatic", title: "Εργαστήριο Εισιτηρίων" });
  const visitor = await anonymousContext(browser);
  const form = await visitor.newPage();
  await form.goto(`/e/${event.slug}`);
  await fillRegistration(form, { firstName: "Ελένη", lastName: "Ζαχαρίου-Núñez", email: "eleni@example.com" });
  await form.getByRole("button", { name: "Register" }).click();
  await expect(form.getByText("Thank you — you are registered.")).toBeVisible();

  // The ticket, and beside it the calendar entry (issue 19): nothing else.
  const [message, ...more] = await sentTicketEmail("eleni@example.com");
  expect(more.map((a) => a.content_type)).toEqual([expect.stringContaining("text/calendar")]);
  expect(message).toMatchObject({ kind: "approved", content_type: "application/pdf" });
  expect(message.filename).toBe(`ticket-${event.slug}.pdf`);
  const attachment = message.content as Buffer;
  expect(attachment.subarray(0, 5).toString()).toBe("%PDF-");

  const [participant] = await e2eDb()`
    select p.id, p.ticket_code, t.sha256 from participants p join tickets t on t.participant_id = p.id where p.event_id = ${event.id}`;
  expect(participant.sha256).toBe(sha256(attachment));
  expect(message.text).toContain(`/t/${participant.ticket_code}`);

  // The organizer's download (signed in as the owner).
  const organizerCopy = await expectPdf(await page.request.get(`/api/events/${event.id}/participants/${participant.id}/ticket`));
  expect(sha256(organizerCopy)).toBe(sha256(attachment));

  // The participant's link works without signing in, also when the code is typed with dashes and in lower case.
  const own = await visitor.request.get(`/t/${participant.ticket_code}`);
  expect(own.headers()["x-robots-tag"]).toContain("noindex");
  expect(sha256(await expectPdf(own))).toBe(sha256(attachment));
  const typed = String(participant.ticket_code)
    .toLowerCase()
    .replace(/(.{5})/g, "$1-");
  expect(sha256(await expectPdf(await visitor.request.get(`/t/${typed}`)))).toBe(sha256(attachment));
  await visitor.close();
});

test("a wrong or truncated ticket code answers the same 404 as any other miss", async ({ browser }) => {
  const event = await seedEvent({ approvalMode: "automatic" });
  const code = generateTicketCode();
  const wrong = code.slice(0, -1) + (code.endsWith("0") ? "1" : "0");
  const [p] = await e2eDb()`
    insert into participants (event_id, first_name, last_name, email, status, ticket_code)
    values (${event.id}, 'Ada', 'Lovelace', 'ada-404@example.com', 'approved', ${code}) returning id`;
  await e2eDb()`insert into tickets (participant_id, event_id, code, pdf, sha256) values (${p.id}, ${event.id}, ${code}, ${Buffer.from("%PDF-1.4 test")}, 'x')`;

  const visitor = await anonymousContext(browser);
  expect((await visitor.request.get(`/t/${code}`)).status()).toBe(200);
  const misses = await Promise.all(
    [wrong, code.slice(0, 20), code.slice(0, 25), "not-a-code", `${code}0`].map((c) => visitor.request.get(`/t/${c}`)),
  );
  const bodies = await Promise.all(misses.map((r) => r.text()));
  for (const miss of misses) {
    expect(miss.status()).toBe(404);
    expect(miss.headers()["cache-control"]).toContain("no-store");
    expect(miss.headers()["x-robots-tag"]).toContain("noindex");
  }
  expect(new Set(bodies).size).toBe(1);
  await visitor.close();
});

test("the organizer's ticket download answers 401 without a session and 404 for a participant of another event", async ({
  page,
  browser,
}) => {
  const event = await seedEvent({ approvalMode: "automatic" });
  const other = await seedEvent();
  const code = generateTicketCode();
  const [p] = await e2eDb()`
    insert into participants (event_id, first_name, last_name, email, status, ticket_code)
    values (${event.id}, 'Grace', 'Hopper', 'grace-401@example.com', 'approved', ${code}) returning id`;
  await e2eDb()`insert into tickets (participant_id, event_id, code, pdf, sha256) values (${p.id}, ${event.id}, ${code}, ${Buffer.from("%PDF-1.4 test")}, 'x')`;

  const visitor = await anonymousContext(browser);
  const anonymous = await visitor.request.get(`/api/events/${event.id}/participants/${p.id}/ticket`);
  expect(anonymous.status()).toBe(401);
  await visitor.close();

  expect((await page.request.get(`/api/events/${event.id}/participants/${p.id}/ticket`)).status()).toBe(200);
  expect((await page.request.get(`/api/events/${other.id}/participants/${p.id}/ticket`)).status()).toBe(404);
  expect((await page.request.get(`/api/events/${event.id}/participants/not-a-uuid/ticket`)).status()).toBe(404);
});
