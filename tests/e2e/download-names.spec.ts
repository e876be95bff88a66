// Every download names its file twice (lib/http/content-disposition.ts): an ASCII filename with Greek
// transliterated, and filename*=UTF-8'' with the name as written. Checked on the real routes of the
// production build, for a participant with a Greek name; the ZIP's entries are ASCII too.
import { randomBytes } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { generateTicketCode } from "../../lib/tickets/ticket-code";
import { e2eDb, seedEvent } from "./helpers";

const PDF = Buffer.from("%PDF-1.4 download-names test");

function names(res: APIResponse) {
  const header = res.headers()["content-disposition"] ?? "";
  const m = /^(attachment|inline); filename="([ -~]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]*)$/.exec(header);
  expect(m, header).not.toBeNull();
  return { type: m![1], ascii: m![2], utf8: decodeURIComponent(m![3]) };
}

/** The entry names of a ZIP, from its central directory. */
function zipEntryNames(zip: Buffer): string[] {
  const out: string[] = [];
  for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 46)) {
    const length = zip.readUInt16LE(i + 28);
    out.push(zip.subarray(i + 46, i + 46 + length).toString("utf8"));
  }
  return out;
}

test("tickets, certificates, the ZIP and its entries, CSV exports and email attachments are named in ASCII and in UTF-8", async ({
  page,
  browser,
}) => {
  const sql = e2eDb();
  const event = await seedEvent({ title: "Εργαστήριο Ονομάτων" });
  const code = generateTicketCode();
  const [p] = await sql`
    insert into participants (event_id, first_name, last_name, email, status, ticket_code)
    values (${event.id}, 'Ελένη', 'Παπαδοπούλου', ${`eleni-${randomBytes(3).toString("hex")}@example.gr`}, 'approved', ${code}) returning id`;
  await sql`insert into tickets (participant_id, event_id, code, pdf, sha256) values (${p.id}, ${event.id}, ${code}, ${PDF}, 'x')`;
  const certCode = randomBytes(12).toString("hex");
  await sql`
    insert into certificates (participant_id, event_id, code, holder_name, pdf, sha256)
    values (${p.id}, ${event.id}, ${certCode}, 'Ελένη Παπαδοπούλου', ${PDF}, 'x')`;
  const [m] = await sql`
    insert into messages (key, event_id, participant_id, kind, from_address, to_address, subject, status)
    values (${`download-names:${certCode}`}, ${event.id}, ${p.id}, 'approved', 'events@example.com', 'eleni@example.gr', 'Το εισιτήριό σας', 'sent')
    returning id`;
  const [a] = await sql`
    insert into message_attachments (message_id, filename, content_type, content)
    values (${m.id}, ${'Εισιτήριο "Ελένη"\\Παπαδοπούλου.pdf'}, 'application/pdf', ${PDF}) returning id`;

  const ticket = names(await page.request.get(`/api/events/${event.id}/participants/${p.id}/ticket`));
  expect(ticket).toEqual({
    type: "attachment",
    ascii: `ticket-${event.slug}-eleni-papadopoulou.pdf`,
    utf8: `ticket-${event.slug}-Ελένη Παπαδοπούλου.pdf`,
  });

  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  expect(names(await visitor.request.get(`/t/${code}`))).toEqual({
    type: "attachment",
    ascii: `ticket-${event.slug}.pdf`,
    utf8: `ticket-${event.slug}.pdf`,
  });
  await visitor.close();

  expect(names(await page.request.get(`/api/events/${event.id}/certificates/${p.id}`))).toEqual({
    type: "attachment",
    ascii: "certificate-eleni-papadopoulou.pdf",
    utf8: "certificate-Ελένη Παπαδοπούλου.pdf",
  });

  const zip = await page.request.get(`/api/events/${event.id}/certificates/zip`);
  expect(names(zip)).toEqual({ type: "attachment", ascii: `certificates-${event.slug}.zip`, utf8: `certificates-${event.slug}.zip` });
  expect(zipEntryNames(Buffer.from(await zip.body()))).toEqual([`eleni-papadopoulou-${certCode.slice(0, 8)}.pdf`]);

  const csv = await page.request.get(`/api/events/${event.id}/participants/export?q=${encodeURIComponent("ελενη")}`);
  expect(names(csv)).toEqual({
    type: "attachment",
    ascii: `${event.slug}-participants-filtered.csv`,
    utf8: `${event.slug}-participants-filtered.csv`,
  });
  expect(await csv.text()).toContain("Παπαδοπούλου");

  expect(names(await page.request.get(`/api/outbox/${m.id}/attachments/${a.id}`))).toEqual({
    type: "attachment",
    ascii: "eisitirio-eleni-papadopoulou.pdf",
    utf8: "Εισιτήριο 'Ελένη'-Παπαδοπούλου.pdf",
  });
});
