// Import and export as the organizer does them: upload a CSV, check the preview and the detected
// columns, change one, start, watch it finish, download the report; a file over the limit refused
// with a message; the export downloads a CSV with a BOM; and every new page, route and action
// refusing a visitor without a session.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2eDb, seedEvent } from "./helpers";

const signedOut = { cookies: [], origins: [] };
const MB = 1024 * 1024;

const csv = [
  "Ονοματεπώνυμο;Email;Εταιρεία;Τμήμα",
  "Γιώργος Παπαδόπουλος;GIORGOS@example.gr;Δήμος Αθηναίων;Πωλήσεις",
  '"Οικονόμου, Ελένη";eleni@example.gr;Πανεπιστήμιο;Έρευνα',
  "Ada Lovelace; ada@example.com ;Engines;R&D",
  "Ada Again;ADA@example.com;Engines;R&D",
  "Nobody;not-an-email;X;Y",
].join("\r\n");

test("an organizer uploads a CSV, checks the preview, changes a column, imports it and downloads the report", async ({ page }) => {
  const event = await seedEvent({ title: "Import Day" });
  await page.goto(`/events/${event.id}/import`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import and export participants");
  await expect(page.getByText("No imports yet")).toBeVisible();

  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "Συμμετέχοντες.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}\r\n`, "utf8") });
  await page.getByRole("button", { name: "Upload and preview" }).click();

  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/import/preview/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check the file before importing");
  await expect(page.getByText("Συμμετέχοντες.csv")).toBeVisible();
  await expect(page.getByLabel("Encoding")).toHaveValue("utf-8");
  await expect(page.getByText("Detected encoding: UTF-8 (marked in the file).")).toBeVisible();
  await expect(page.getByLabel("Columns separated by")).toHaveValue("semicolon");
  await expect(page.getByLabel("Header row")).toHaveValue("1");
  const rows = page.getByRole("table", { name: "The file's first rows as read" });
  await expect(rows.getByRole("row")).toHaveCount(6);
  await expect(rows).toContainText("Οικονόμου, Ελένη");

  // Detected columns: the full name to split, the email, the company as organisation.
  await expect(page.getByLabel("Full name (split into first and last)")).toHaveValue("0");
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("1");
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveValue("2");
  const outcome = page.getByRole("table", { name: "What the first rows become with these columns" });
  const cells = (row: number) =>
    outcome
      .getByRole("row")
      .nth(row - 1)
      .getByRole("cell");
  await expect(cells(2)).toHaveText(["2", "Γιώργος", "Παπαδόπουλος", "giorgos@example.gr", "Δήμος Αθηναίων", ""]);
  await expect(cells(6)).toHaveText(["6", "Not imported: Full name “Nobody” has no last name"]);

  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "D: Τμήμα" });
  await expect(cells(2)).toHaveText(["2", "Γιώργος", "Παπαδόπουλος", "giorgos@example.gr", "Πωλήσεις", ""]);
  await expect(page.getByLabel("Email the imported participants")).not.toBeChecked();
  await page.getByRole("button", { name: "Start import" }).click();

  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/import/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import of Συμμετέχοντες.csv");
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toHaveText("Import finished: 5 rows read", {
    timeout: 20_000,
  });
  await expect(page.getByText("3 rows were imported; 1 skipped as duplicates and 1 failed.")).toBeVisible();
  const report = page.getByRole("table", { name: "Rows not imported" });
  await expect(report.getByRole("row").nth(1).getByRole("cell")).toHaveText([
    "5",
    "Skipped",
    "Same email as row 4",
    "Ada Again · ADA@example.com · Engines · R&D",
  ]);
  await expect(report.getByRole("row").nth(2).getByRole("cell")).toHaveText([
    "6",
    "Failed",
    "Full name “Nobody” has no last name",
    "Nobody · not-an-email · X · Y",
  ]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download the report/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^event-[0-9a-f]+-import-report-\d{4}-\d{2}-\d{2}\.csv$/);
  const body = await readFile((await download.path())!);
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString("utf8").slice(1).split("\r\n").slice(0, 3)).toEqual([
    "Row,Outcome,Reason,Ονοματεπώνυμο,Email,Εταιρεία,Τμήμα",
    "5,Skipped,Same email as row 4,Ada Again,ADA@example.com,Engines,R&D",
    "6,Failed,Full name “Nobody” has no last name,Nobody,not-an-email,X,Y",
  ]);

  const imported =
    await e2eDb()`select first_name, last_name, email, organisation, status, source from participants where event_id = ${event.id} order by email`;
  expect(imported).toEqual([
    { first_name: "Ada", last_name: "Lovelace", email: "ada@example.com", organisation: "R&D", status: "pending", source: "csv" },
    { first_name: "Ελένη", last_name: "Οικονόμου", email: "eleni@example.gr", organisation: "Έρευνα", status: "pending", source: "csv" },
    {
      first_name: "Γιώργος",
      last_name: "Παπαδόπουλος",
      email: "giorgos@example.gr",
      organisation: "Πωλήσεις",
      status: "pending",
      source: "csv",
    },
  ]);
  const mails = await e2eDb()`select count(*)::int as n from messages where event_id = ${event.id}`;
  expect(mails[0].n).toBe(0);

  await page.getByRole("link", { name: "Import another file" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Συμμετέχοντες.csv" })).toContainText("Completed");
});

test("a file over 20 MB is refused with a message, in the browser and by the server", async ({ page, baseURL }) => {
  const event = await seedEvent();
  await page.goto(`/events/${event.id}/import`);
  await page.getByLabel("CSV file").setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(21 * MB, "a") });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.locator("#import-file-error")).toHaveText(
    "The file is 21 MB. Files up to 20 MB can be imported: split the list into smaller files, or remove the columns you do not need.",
  );
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/import$`));

  // The server refuses it too, whoever skips the page's check: as raw bytes and as a form post.
  const url = `/api/events/${event.id}/imports/upload`;
  const raw = await page.request.post(url, {
    data: Buffer.alloc(21 * MB, "a"),
    headers: { Accept: "application/json", "Content-Type": "text/csv", Origin: baseURL! },
  });
  expect(raw.status()).toBe(413);
  expect((await raw.json()).error).toMatch(/^The file is 21 MB\. Files up to 20 MB can be imported/);
  const form = await page.request.post(url, {
    multipart: { file: { name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(21 * MB, "a") } },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(form.status()).toBe(303);
  expect(form.headers().location).toMatch(/\/import\?error=too_large$/);
  const uploads = await e2eDb()`select count(*)::int as n from uploads where event_id = ${event.id}`;
  expect(uploads[0].n).toBe(0);

  // Without JavaScript the same form posts multipart and lands on the preview.
  const small = await page.request.post(url, {
    multipart: {
      file: { name: "small.csv", mimeType: "text/csv", buffer: Buffer.from("Email,First name,Last name\na@example.com,A,B\n") },
    },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(small.status()).toBe(303);
  expect(small.headers().location).toMatch(new RegExp(`/events/${event.id}/import/preview/[0-9a-f-]{36}$`));
});

test("the export downloads a CSV with a BOM, formulas neutralised, also semicolon-separated and filtered", async ({ page }) => {
  const event = await seedEvent({ title: "Export Day" });
  await e2eDb()`
    insert into participants (event_id, first_name, last_name, email, organisation, status, created_at)
    values (${event.id}, 'Γιώργος', 'Παπαδόπουλος', 'giorgos@example.gr', 'Δήμος', 'approved', now() - interval '1 hour'),
           (${event.id}, '=1+1', 'Formula', 'formula@example.com', '@evil', 'pending', now())`;
  await page.goto(`/events/${event.id}/import`);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV", exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${event.slug}-participants.csv`);
  const body = await readFile((await download.path())!);
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe(
    "First name,Last name,Email,Organisation,Phone,Status,Waitlist position,Seat offered until (Europe/Athens),Source,Registered at (Europe/Athens),RSVP,Checked in at (Europe/Athens)",
  );
  // Newest first, as the participants table lists them by default.
  expect(lines[1]).toMatch(/^'=1\+1,Formula,formula@example\.com,'@evil,,Pending,/);
  expect(lines[2]).toMatch(
    /^Γιώργος,Παπαδόπουλος,giorgos@example\.gr,Δήμος,,Approved,,,Registration form,20\d\d-\d\d-\d\d \d\d:\d\d:\d\d,,$/,
  );

  const [semicolon] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV for Excel (semicolon-separated)" }).click(),
  ]);
  const semicolonText = (await readFile((await semicolon.path())!)).toString("utf8");
  expect(semicolonText.startsWith("\uFEFFFirst name;Last name;Email;")).toBe(true);

  const filtered = await page.request.get(`/api/events/${event.id}/participants/export?status=approved&q=%CE%B3%CE%B9%CF%8E%CF%81`);
  expect(filtered.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(filtered.headers()["content-disposition"]).toBe(
    `attachment; filename="${event.slug}-participants-filtered.csv"; filename*=UTF-8''${event.slug}-participants-filtered.csv`,
  );
  const filteredLines = (await filtered.text()).split("\r\n").filter(Boolean);
  expect(filteredLines).toHaveLength(2);
  expect(filteredLines[1]).toContain("giorgos@example.gr");
});

test.describe("signed out", () => {
  test.use({ storageState: signedOut });

  test("every import page sends a visitor to sign-in and every import or export route answers 401", async ({ page, baseURL }) => {
    const event = await seedEvent();
    const [upload] = await e2eDb()`
      insert into uploads (event_id, purpose, filename, content_type, size, content)
      values (${event.id}, 'participants_import', 'secret.csv', 'text/csv', 10, ${Buffer.from("Email\na@b.co\n")}) returning id`;
    const [op] = await e2eDb()`
      insert into operations (event_id, kind, state, params) values (${event.id}, 'participants_import', 'completed', ${e2eDb().json({ filename: "secret.csv", dryRun: false, columns: [] })})
      returning id`;
    for (const path of [
      `/events/${event.id}/import`,
      `/events/${event.id}/import/preview/${upload.id}`,
      `/events/${event.id}/import/${op.id}`,
    ]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in$/);
    }
    for (const path of [
      `/api/events/${event.id}/participants/export`,
      `/api/events/${event.id}/operations/${op.id}`,
      `/api/events/${event.id}/imports/${op.id}/report`,
    ]) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(401);
    }
    const res = await page.request.post(`/api/events/${event.id}/imports/upload`, {
      data: "Email\nx@example.com\n",
      headers: { Accept: "application/json", "Content-Type": "text/csv", Origin: baseURL! },
    });
    expect(res.status()).toBe(401);
    const uploads = await e2eDb()`select count(*)::int as n from uploads where event_id = ${event.id}`;
    expect(uploads[0].n).toBe(1);
  });
});

test("a dry run reports without importing, and its rows are then imported for real (not by a visitor whose session is gone)", async ({
  page,
}) => {
  const event = await seedEvent({ approvalMode: "automatic" });
  await page.goto(`/events/${event.id}/import`);
  await page.getByLabel("CSV file").setInputFiles({
    name: "dry.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("E-mail,Given name,Family name\ndry1@example.com,Dry,One\ndry2@example.com,Dry,Two\nbroken,Dry,Three\n"),
  });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await page.getByLabel("Dry run").check();
  await expect(page.getByLabel("Email the imported participants")).toBeDisabled();
  await page.getByRole("button", { name: "Start dry run" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dry run of dry.csv");
  await expect(page.getByText("2 rows can be imported; 0 skipped as duplicates and 1 failed.")).toBeVisible({ timeout: 20_000 });
  const none = await e2eDb()`select count(*)::int as n from participants where event_id = ${event.id}`;
  expect(none[0].n).toBe(0);

  // The follow-up action checks the session itself.
  const cookies = await page.context().cookies();
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Import these rows" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const ops = await e2eDb()`select count(*)::int as n from operations where event_id = ${event.id}`;
  expect(ops[0].n).toBe(1);

  await page.context().addCookies(cookies);
  await page.goBack();
  await page.getByRole("button", { name: "Import these rows" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import of dry.csv");
  await expect(page.getByText("2 rows were imported; 0 skipped as duplicates and 1 failed.")).toBeVisible({ timeout: 20_000 });
  const rows = await e2eDb()`select email, status, source from participants where event_id = ${event.id} order by email`;
  expect(rows).toEqual([
    { email: "dry1@example.com", status: "approved", source: "csv" },
    { email: "dry2@example.com", status: "approved", source: "csv" },
  ]);
});

test("starting an import refuses a visitor whose session is gone", async ({ page }) => {
  const event = await seedEvent();
  await page.goto(`/events/${event.id}/import`);
  await page.getByLabel("CSV file").setInputFiles({
    name: "late.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Email,First name,Last name\nlate@example.com,Late,Comer\n"),
  });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("button", { name: "Start import" })).toBeVisible();
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const ops = await e2eDb()`select count(*)::int as n from operations where event_id = ${event.id}`;
  expect(ops[0].n).toBe(0);
});
