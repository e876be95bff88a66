// The participants dashboard as the owner: the table (search, filters, sorting, paging), approving
// and rejecting (one, a selection, all matching with a confirmation), the detail page, adding a
// participant by hand; and every new page and action refusing a visitor without a session.
import { expect, test, type Page } from "@playwright/test";
import { e2eDb, seedEvent } from "./helpers";

const signedOut = { cookies: [], origins: [] };

type Seed = { first: string; last: string; email?: string; org?: string | null; status?: string; source?: string; createdAt?: string };

async function seedParticipants(eventId: string, rows: Seed[]) {
  const values = rows.map((r, i) => ({
    event_id: eventId,
    first_name: r.first,
    last_name: r.last,
    email: r.email ?? `${r.first}.${r.last}.${i}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, "x"),
    organisation: r.org ?? null,
    status: r.status ?? "pending",
    source: r.source ?? "form",
    created_at: r.createdAt ?? new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  }));
  return e2eDb()`insert into participants ${e2eDb()(values)} returning id, first_name, last_name, email`;
}

/** n participants "Person 001…" registered a minute apart, oldest first. */
async function seedMany(eventId: string, n: number, status = "pending", source = "form") {
  await e2eDb()`
    insert into participants (event_id, first_name, last_name, email, status, source, created_at)
    select ${eventId}, 'Person', lpad(g::text, 3, '0'), ${`${source}-${status}-`} || g || ${`@${eventId.slice(0, 8)}.example`}, ${status}, ${source},
           timestamptz '2026-01-01T00:00:00Z' + g * interval '1 minute'
    from generate_series(1, ${n}) g`;
}

async function statusOf(participantId: string) {
  const [row] = await e2eDb()`select status, rejection_reason from participants where id = ${participantId}`;
  return row as { status: string; rejection_reason: string | null };
}

async function historyCount(participantId: string) {
  const [row] = await e2eDb()`select count(*)::int as n from participant_status_history where participant_id = ${participantId}`;
  return row.n as number;
}

const tableRows = (page: Page) => page.getByRole("table", { name: "Participants" }).locator("tbody tr");

test("the table searches, filters, sorts and pages through the participants", async ({ page }) => {
  const event = await seedEvent({ title: "Table Day" });
  await seedMany(event.id, 110);
  await seedParticipants(event.id, [
    {
      first: "Ελένη",
      last: "Παπαδοπούλου",
      org: "Πανεπιστήμιο Αθηνών",
      status: "approved",
      source: "dashboard",
      createdAt: "2026-03-01T10:00:00Z",
    },
    { first: "Grace", last: "Hopper", org: "US Navy", status: "approved", source: "csv", createdAt: "2026-03-02T10:00:00Z" },
    { first: "Alan", last: "Turing", status: "rejected", createdAt: "2026-03-03T10:00:00Z" },
  ]);
  await page.goto(`/events/${event.id}/participants`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Participants");
  await expect(page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Participants" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByText("113 participants · showing 1–50")).toBeVisible();
  await expect(tableRows(page)).toHaveCount(50);
  // Newest first, registration time in the dashboard's one labelled zone (DASHBOARD_TIME_ZONE, UTC here),
  // not the event's (Athens, UTC+2 in March).
  await expect(tableRows(page).first()).toContainText("Alan Turing");
  await expect(tableRows(page).first()).toContainText("3 Mar 2026, 10:00");

  await page.getByRole("searchbox", { name: "Search" }).fill("παπαδοπούλου");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(tableRows(page)).toHaveCount(1);
  await expect(tableRows(page).first()).toContainText("Πανεπιστήμιο Αθηνών");
  await expect(tableRows(page).first()).toContainText("Added by hand");

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/participants$`));
  await page.getByLabel("Status").selectOption("approved");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(tableRows(page)).toHaveCount(2);
  await page.getByLabel("Source").selectOption("csv");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/status=approved/);
  await expect(page).toHaveURL(/source=csv/);
  await expect(tableRows(page)).toHaveCount(1);
  await expect(tableRows(page).first()).toContainText("Grace Hopper");

  await page.getByRole("searchbox", { name: "Search" }).fill("nobody-like-this");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No participants match")).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Clear filters" }).last().click();
  await expect(tableRows(page)).toHaveCount(50);

  // Sort by last name: A→Z (the numbered "Person 001…" first), then Z→A; the state is in the URL.
  await page.getByRole("link", { name: /^Name/ }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(tableRows(page).first()).toContainText("Person 001");
  await page.getByRole("link", { name: /^Name/ }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(tableRows(page).first()).toContainText("Ελένη Παπαδοπούλου");

  // Paging keeps the sort.
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByText("Page 2 of 3")).toBeVisible();
  await expect(tableRows(page)).toHaveCount(50);
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(tableRows(page)).toHaveCount(13);
  await expect(tableRows(page).last()).toContainText("Person 001");

  // A page past the end goes to the last page.
  await page.goto(`/events/${event.id}/participants?page=99`);
  await expect(page).toHaveURL(/page=3/);
});

test("an event without participants says how to get some", async ({ page }) => {
  const event = await seedEvent();
  await page.goto(`/events/${event.id}/participants`);
  await expect(page.getByText("No participants yet")).toBeVisible();
  await expect(page.getByText(`/e/${event.slug}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Add participant" })).toBeVisible();
});

test("the organizer approves one participant from their row", async ({ page }) => {
  const event = await seedEvent();
  const [ada, grace] = await seedParticipants(event.id, [
    { first: "Ada", last: "Lovelace" },
    { first: "Grace", last: "Hopper" },
  ]);
  await page.goto(`/events/${event.id}/participants`);
  const row = tableRows(page).filter({ hasText: "Ada Lovelace" });
  await row.getByRole("button", { name: "Approve Ada Lovelace" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved 1 participant." })).toBeVisible();
  await expect(row).toContainText("Approved");
  await expect(row.getByRole("button", { name: /^Approve/ })).toHaveCount(0);
  expect((await statusOf(ada.id)).status).toBe("approved");
  expect((await statusOf(grace.id)).status).toBe("pending");
  expect(await historyCount(ada.id)).toBe(1);
  const jobs = await e2eDb()`select data from pgboss.job where name = 'participant.approved' and data->>'participantId' = ${ada.id}`;
  expect(jobs).toHaveLength(1);
});

test("the organizer rejects a participant with a reason", async ({ page }) => {
  const event = await seedEvent();
  const [ada] = await seedParticipants(event.id, [{ first: "Ada", last: "Lovelace", status: "approved" }]);
  await page.goto(`/events/${event.id}/participants`);
  await tableRows(page).getByRole("button", { name: "Reject Ada Lovelace" }).click();
  const dialog = page.getByRole("dialog", { name: "Reject Ada Lovelace?" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/Reason/).fill("The workshop is for <staff> only.");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rejected 1 participant." })).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(await statusOf(ada.id)).toEqual({ status: "rejected", rejection_reason: "The workshop is for <staff> only." });
  const [history] =
    await e2eDb()`select from_status, to_status, reason, changed_by_name from participant_status_history where participant_id = ${ada.id}`;
  expect(history).toMatchObject({
    from_status: "approved",
    to_status: "rejected",
    reason: "The workshop is for <staff> only.",
    changed_by_name: "Olga Owner",
  });
});

test("bulk approval of everyone matching a filter asks first, then reports what it did", async ({ page }) => {
  const event = await seedEvent();
  await seedMany(event.id, 60, "pending", "csv");
  await seedMany(event.id, 3, "approved", "csv");
  const [formPerson] = await seedParticipants(event.id, [{ first: "Form", last: "Person", source: "form" }]);
  await page.goto(`/events/${event.id}/participants?source=csv`);
  await expect(page.getByText("63 participants match")).toBeVisible();

  await page.getByRole("button", { name: "Approve all matching (60)" }).click();
  const dialog = page.getByRole("dialog", { name: "Approve 60 participants?" });
  await expect(dialog).toContainText("3 already approved and 0 cancelled will be left as they are");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  const [before] = await e2eDb()`select count(*)::int as n from participants where event_id = ${event.id} and status = 'approved'`;
  expect(before.n).toBe(3);

  await page.getByRole("button", { name: "Approve all matching (60)" }).click();
  await dialog.getByRole("button", { name: "Approve 60" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved 60 participants. 3 were already approved." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve all matching (0)" })).toBeDisabled();
  const counts =
    await e2eDb()`select source, status, count(*)::int as n from participants where event_id = ${event.id} group by 1, 2 order by 1, 2`;
  expect(counts).toEqual([
    { source: "csv", status: "approved", n: 63 },
    { source: "form", status: "pending", n: 1 },
  ]);
  expect((await statusOf(formPerson.id)).status).toBe("pending");
  const [jobs] = await e2eDb()`select count(*)::int as n from pgboss.job j join participants p on p.id = (j.data->>'participantId')::uuid
                               where j.name = 'participant.approved' and p.event_id = ${event.id}`;
  expect(jobs.n).toBe(60);
});

test("a selection is approved after a confirmation", async ({ page }) => {
  const event = await seedEvent();
  const [ada, grace, alan] = await seedParticipants(event.id, [
    { first: "Ada", last: "Lovelace" },
    { first: "Grace", last: "Hopper" },
    { first: "Alan", last: "Turing" },
  ]);
  await page.goto(`/events/${event.id}/participants`);
  await page.getByLabel("Select Ada Lovelace").check();
  await page.getByLabel("Select Alan Turing").check();
  await expect(page.getByText("2 selected")).toBeVisible();
  await page.getByRole("button", { name: "Approve selected" }).click();
  await page.getByRole("dialog", { name: "Approve 2 participants?" }).getByRole("button", { name: "Approve 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved 2 participants." })).toBeVisible();
  expect([(await statusOf(ada.id)).status, (await statusOf(grace.id)).status, (await statusOf(alan.id)).status]).toEqual([
    "approved",
    "pending",
    "approved",
  ]);
  await expect(page.getByLabel("Select Ada Lovelace")).not.toBeChecked();
});

test("the detail page shows details, status history and every email, and sends the ticket again", async ({ page }) => {
  const event = await seedEvent({ title: "Detail Day" });
  const [ada] = await seedParticipants(event.id, [
    {
      first: "Ada",
      last: "Lovelace",
      email: "ada.detail@example.com",
      org: "Analytical <Engines>",
      status: "approved",
      createdAt: "2026-03-10T10:00:00Z",
    },
  ]);
  await e2eDb()`update participants set phone = '+30 210 1234567', ticket_code = 'TICKETCODE-SECRET-9F3A', status_changed_at = '2026-03-11T08:00:00Z' where id = ${ada.id}`;
  await e2eDb()`
    insert into participant_status_history (participant_id, from_status, to_status, reason, changed_by_name, created_at)
    values (${ada.id}, 'pending', 'rejected', 'Waiting list', 'Olga Owner', '2026-03-10T12:00:00Z'),
           (${ada.id}, 'rejected', 'approved', null, 'Olga Owner', '2026-03-11T08:00:00Z')`;
  const [sent] = await e2eDb()`
    insert into messages (key, kind, event_id, participant_id, from_address, to_address, subject, status, sent_at, created_at)
    values (${`e2e:detail:approved:${ada.id}`}, 'approved', ${event.id}, ${ada.id}, 'events@localhost', 'ada.detail@example.com', 'You are in: Detail Day', 'sent', '2026-03-11T08:00:05Z', '2026-03-11T08:00:01Z')
    returning id`;
  await e2eDb()`
    insert into messages (key, kind, event_id, participant_id, from_address, to_address, subject, status, error, created_at)
    values (${`e2e:detail:rejected:${ada.id}`}, 'rejected', ${event.id}, ${ada.id}, 'events@localhost', 'ada.detail@example.com', 'About Detail Day', 'failed', 'validation_error: Invalid to field', '2026-03-10T12:00:01Z')`;
  await e2eDb()`insert into tickets (participant_id, event_id, code, pdf, sha256) values (${ada.id}, ${event.id}, 'TICKETCODE-SECRET-9F3A', ${Buffer.from("%PDF-1.4")}, 'x')`;

  await page.goto(`/events/${event.id}/participants`);
  await page.getByRole("link", { name: "Ada Lovelace" }).click();
  await expect(page).toHaveURL(new RegExp(`/participants/${ada.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ada Lovelace");
  const details = page.locator("dl");
  await expect(details).toContainText("Analytical <Engines>");
  await expect(details).toContainText("+30 210 1234567");
  await expect(details).toContainText("10 Mar 2026, 10:00"); // registered, in the dashboard's zone (UTC)
  await expect(details).toContainText("…9F3A");
  await expect(page.getByText("TICKETCODE-SECRET")).toHaveCount(0);

  const history = page.getByRole("table", { name: "Status history of Ada Lovelace" });
  await expect(history.locator("tbody tr")).toHaveCount(2);
  await expect(history.locator("tbody tr").first()).toContainText("Rejected → Approved");
  await expect(history.locator("tbody tr").last()).toContainText("Pending → Rejected");
  await expect(history.locator("tbody tr").last()).toContainText("Waiting list");
  await expect(history.locator("tbody tr").last()).toContainText("Olga Owner");

  const emails = page.getByRole("table", { name: "Emails to Ada Lovelace" });
  await expect(emails.locator("tbody tr")).toHaveCount(2);
  await expect(emails.locator("tbody tr").last()).toContainText("Failed");
  await expect(emails.locator("tbody tr").last()).toContainText("validation_error: Invalid to field");
  await expect(emails.getByRole("link", { name: "You are in: Detail Day" })).toHaveAttribute("href", `/outbox/${sent.id}`);

  await expect(page.getByRole("link", { name: "Download ticket" })).toHaveAttribute(
    "href",
    `/api/events/${event.id}/participants/${ada.id}/ticket`,
  );
  await page.getByRole("button", { name: "Send ticket again" }).click();
  await expect(page.getByText("The ticket is on its way")).toBeVisible();
  const jobs = await e2eDb()`select data from pgboss.job where name = 'ticket.resend' and data->>'participantId' = ${ada.id}`;
  expect(jobs).toHaveLength(1);
  expect(jobs[0].data.requestId).toMatch(/^[0-9a-f-]{36}$/);
});

test("a pending participant's page offers approve and reject, and no ticket", async ({ page }) => {
  const event = await seedEvent();
  const [pat] = await seedParticipants(event.id, [{ first: "Pat", last: "Pending" }]);
  await page.goto(`/events/${event.id}/participants/${pat.id}`);
  await expect(page.getByRole("button", { name: "Send ticket again" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download ticket" })).toHaveCount(0);
  await expect(page.getByText("No email has been sent")).toBeVisible();
  await page.getByRole("button", { name: "Reject…" }).click();
  await page
    .getByRole("dialog")
    .getByLabel(/Reason/)
    .fill("Full, sorry");
  await page.getByRole("dialog").getByRole("button", { name: "Reject" }).click();
  await expect(page.getByText("Rejected 1 participant.")).toBeVisible();
  await expect(page.locator("dl")).toContainText("Full, sorry");
  await expect(page.getByRole("table", { name: /Status history/ })).toContainText("Pending → Rejected");
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Approved 1 participant.")).toBeVisible();
  expect(await statusOf(pat.id)).toEqual({ status: "approved", rejection_reason: null });
  await expect(page.getByRole("button", { name: "Send ticket again" })).toBeVisible();
});

test("the organizer adds a participant by hand: errors by the fields, typed values kept, duplicates refused", async ({ page }) => {
  const event = await seedEvent({ registrationOpen: false });
  await seedParticipants(event.id, [{ first: "Taken", last: "Already", email: "taken@example.com" }]);
  await page.goto(`/events/${event.id}/participants`);
  await page.getByRole("link", { name: "Add participant" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add participant");
  await expect(page.getByLabel(/I agree/)).toHaveCount(0);

  await page.getByRole("button", { name: "Add participant" }).click();
  await expect(page.locator("#firstName-error")).toHaveText("First name is required");
  await expect(page.locator("#email-error")).toHaveText("Email is required");

  await page.getByLabel("First name").fill("Ελένη");
  await page.getByLabel("Last name").fill("Παπαδοπούλου");
  await page.getByLabel("Email").fill("TAKEN@example.com");
  await page.getByLabel(/Organisation/).fill("Δήμος Αθηναίων");
  await page.getByLabel(/Phone/).fill("+30 210 1234567");
  await page.getByRole("button", { name: "Add participant" }).click();
  await expect(page.locator("#email-error")).toHaveText("Already registered for this event");
  await expect(page.getByLabel("First name")).toHaveValue("Ελένη");
  await expect(page.getByLabel(/Organisation/)).toHaveValue("Δήμος Αθηναίων");
  await expect(page.getByLabel("Email")).toHaveValue("TAKEN@example.com");

  await page.getByLabel("Email").fill("eleni@example.gr");
  await page.getByRole("button", { name: "Add participant" }).click();
  await expect(page).toHaveURL(/\/participants\/[0-9a-f-]{36}\?added=1$/);
  await expect(page.getByText("Ελένη Παπαδοπούλου was added")).toBeVisible();
  const [row] =
    await e2eDb()`select source, status, consent_at, organisation from participants where event_id = ${event.id} and email = 'eleni@example.gr'`;
  expect(row).toMatchObject({ source: "dashboard", consent_at: null, organisation: "Δήμος Αθηναίων" });
});

test("the overview links to the participants and to each participant", async ({ page }) => {
  const event = await seedEvent({ title: `Overview Links ${Date.now()}` });
  const [ada] = await seedParticipants(event.id, [
    { first: "Ada", last: "Lovelace", status: "approved" },
    { first: "Grace", last: "Hopper" },
  ]);
  await page.goto(`/events/${event.id}`);
  await page.getByRole("link", { name: "Pending" }).click();
  await expect(page).toHaveURL(/participants\?status=pending$/);
  await expect(tableRows(page)).toHaveCount(1);
  await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Overview" }).click();
  await page.getByRole("link", { name: "Ada Lovelace" }).click();
  await expect(page).toHaveURL(new RegExp(`/participants/${ada.id}$`));
});

test.describe("without a session", () => {
  test.use({ storageState: signedOut });

  test("every participants page sends an anonymous visitor to sign in", async ({ page }) => {
    const event = await seedEvent();
    const [p] = await seedParticipants(event.id, [{ first: "Ada", last: "Lovelace" }]);
    for (const path of [
      `/events/${event.id}/participants`,
      `/events/${event.id}/participants?q=ada`,
      `/events/${event.id}/participants/new`,
      `/events/${event.id}/participants/${p.id}`,
    ]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in$/);
    }
  });
});

test.describe("actions whose session is gone", () => {
  test("approving from the table changes nothing", async ({ page }) => {
    const event = await seedEvent();
    const [ada, grace] = await seedParticipants(event.id, [
      { first: "Ada", last: "Lovelace" },
      { first: "Grace", last: "Hopper" },
    ]);
    await page.goto(`/events/${event.id}/participants`);
    await page.context().clearCookies();
    await tableRows(page).getByRole("button", { name: "Approve Ada Lovelace" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect((await statusOf(ada.id)).status).toBe("pending");
    expect((await statusOf(grace.id)).status).toBe("pending");
    expect(await historyCount(ada.id)).toBe(0);
  });

  test("bulk approval by filter changes nothing", async ({ page }) => {
    const event = await seedEvent();
    const [ada] = await seedParticipants(event.id, [{ first: "Ada", last: "Lovelace" }]);
    await page.goto(`/events/${event.id}/participants`);
    await page.getByRole("button", { name: "Approve all matching (1)" }).click();
    await page.context().clearCookies();
    await page.getByRole("dialog").getByRole("button", { name: "Approve 1" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect((await statusOf(ada.id)).status).toBe("pending");
    const [jobs] =
      await e2eDb()`select count(*)::int as n from pgboss.job where name = 'participant.approved' and data->>'participantId' = ${ada.id}`;
    expect(jobs.n).toBe(0);
  });

  test("reject with a reason changes nothing", async ({ page }) => {
    const event = await seedEvent();
    const [ada] = await seedParticipants(event.id, [{ first: "Ada", last: "Lovelace" }]);
    await page.goto(`/events/${event.id}/participants/${ada.id}`);
    await page.getByRole("button", { name: "Reject…" }).click();
    await page
      .getByRole("dialog")
      .getByLabel(/Reason/)
      .fill("no session");
    await page.context().clearCookies();
    await page.getByRole("dialog").getByRole("button", { name: "Reject" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await statusOf(ada.id)).toEqual({ status: "pending", rejection_reason: null });
  });

  test("send ticket again enqueues nothing", async ({ page }) => {
    const event = await seedEvent();
    const [ada] = await seedParticipants(event.id, [{ first: "Ada", last: "Lovelace", status: "approved" }]);
    await page.goto(`/events/${event.id}/participants/${ada.id}`);
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Send ticket again" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    const jobs = await e2eDb()`select 1 from pgboss.job where name = 'ticket.resend' and data->>'participantId' = ${ada.id}`;
    expect(jobs).toHaveLength(0);
  });

  test("adding a participant changes nothing", async ({ page }) => {
    const event = await seedEvent();
    await page.goto(`/events/${event.id}/participants/new`);
    await page.getByLabel("First name").fill("No");
    await page.getByLabel("Last name").fill("Session");
    await page.getByLabel("Email").fill("no-session@example.com");
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Add participant" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    const rows = await e2eDb()`select 1 from participants where event_id = ${event.id}`;
    expect(rows).toHaveLength(0);
  });
});
