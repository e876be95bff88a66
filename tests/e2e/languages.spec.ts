// Issue 18 in the browser: a Greek event's public page is Greek with <html lang="el">, the visitor
// can switch it to English (remembered for that event), a registration made in English is stored as
// the participant's language and their confirmation email follows it; an unsupported ?lang= shows
// the event's language.
import { expect, test } from "@playwright/test";
import { e2eDb, fillRegistration, messagesTo, seedEvent, waitFor } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, storageState: { cookies: [], origins: [] } });

async function greekEvent() {
  const event = await seedEvent({ title: "Εργαστήριο Δεδομένων", capacity: 30 });
  await e2eDb()`update events set language = 'el' where id = ${event.id}`;
  return event;
}

test("a Greek event's page is in Greek, with the lang set and seats counted in Greek", async ({ page }) => {
  const event = await greekEvent();
  await page.goto(`/e/${event.slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "el");
  await expect(page.getByRole("heading", { name: "Εγγραφή" })).toBeVisible();
  await expect(page.getByLabel("Όνομα", { exact: true })).toBeVisible();
  await expect(page.getByTestId("seats-left")).toHaveText("Απομένουν 30 θέσεις");

  // Empty form: the errors appear at the fields, in Greek.
  await page.getByRole("button", { name: "Εγγραφή" }).click();
  await expect(page.getByText("Το πεδίο «Όνομα» είναι υποχρεωτικό")).toBeVisible();

  // An unsupported language in the address falls back to the event's.
  await page.goto(`/e/${event.slug}?lang=xx`);
  await expect(page.locator("html")).toHaveAttribute("lang", "el");
});

test("switching to English is remembered, and the registration and its email follow it", async ({ page }) => {
  const event = await greekEvent();
  await page.goto(`/e/${event.slug}`);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The event's own title is still Greek, and marked so.
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "el");
  await page.goto(`/e/${event.slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await fillRegistration(page, { firstName: "Ελένη", lastName: "Ευδοκίου", email: "eleni.en@example.com" });
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("Thank you — you are registered.")).toBeVisible();

  const [participant] = await e2eDb()`select language from participants where event_id = ${event.id}`;
  expect(participant.language).toBe("en");
  const [message] = await waitFor(async () => {
    const rows = await messagesTo("eleni.en@example.com");
    return rows.length && rows[0].status === "sent" ? rows : null;
  }, 30_000);
  expect(message.subject).toBe("We received your registration for Εργαστήριο Δεδομένων");
});

test("a visitor who keeps the event's language registers in Greek and gets the Greek email", async ({ page }) => {
  const event = await greekEvent();
  await page.goto(`/e/${event.slug}`);
  await page.getByLabel("Όνομα", { exact: true }).fill("Ελένη");
  await page.getByLabel("Επώνυμο").fill("Ευδοκίου");
  await page.getByLabel("Email").fill("eleni.el@example.com");
  await page.getByLabel(/Συμφωνώ/).check();
  await page.getByRole("button", { name: "Εγγραφή" }).click();
  await expect(page.getByText("Ευχαριστούμε — η εγγραφή σας ολοκληρώθηκε.")).toBeVisible();
  const [participant] = await e2eDb()`select language from participants where event_id = ${event.id}`;
  // Not a choice: the participant follows the event's language.
  expect(participant.language).toBeNull();
  const [message] = await waitFor(async () => {
    const rows = await messagesTo("eleni.el@example.com");
    return rows.length && rows[0].status === "sent" ? rows : null;
  }, 30_000);
  expect(message.subject).toBe("Λάβαμε την εγγραφή σας για την εκδήλωση «Εργαστήριο Δεδομένων»");
});

test("an unknown address gets the not-found page in both languages", async ({ page }) => {
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Η σελίδα δεν βρέθηκε" })).toBeVisible();
});

test.describe("a Greek dashboard user", () => {
  // Signed in as the owner; Greek chosen by the dashboard switcher's cookie (the owner's stored
  // language stays unset, so the other specs keep English).
  test.use({ storageState: ".tmp/e2e-owner.json" });

  test("sees the participants list with Greek headings and statuses", async ({ page, baseURL }) => {
    const event = await seedEvent();
    await e2eDb()`
      insert into participants (event_id, first_name, last_name, email, status)
      values (${event.id}, 'Ελένη', 'Ευδοκίου', 'eleni.list@example.com', 'pending'),
             (${event.id}, 'Νίκος', 'Παππάς', 'nikos.list@example.com', 'approved')`;
    await page.context().addCookies([{ name: "eventdesk_ui_lang", value: "el", url: baseURL ?? "http://localhost" }]);
    await page.goto(`/events/${event.id}/participants`);
    await expect(page.locator("html")).toHaveAttribute("lang", "el");
    await expect(page.getByRole("heading", { level: 1, name: "Συμμετέχοντες" })).toBeVisible();
    const table = page.getByRole("table", { name: "Συμμετέχοντες" });
    await expect(table.getByRole("columnheader", { name: /Κατάσταση/ })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: /Προέλευση/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /Ελένη Ευδοκίου/ })).toContainText("Σε αναμονή έγκρισης");
    await expect(table.getByRole("row", { name: /Νίκος Παππάς/ })).toContainText("Εγκρίθηκε");
    await expect(page.getByText("2 συμμετέχοντες")).toBeVisible();
  });
});

test.describe("before sign-in, a Greek browser", () => {
  // The browser's language (Playwright sets Accept-Language from it; a bare extra header loses to it).
  test.use({ locale: "el-GR", extraHTTPHeaders: { "Accept-Language": "el-GR,el;q=0.9,en;q=0.5" } });

  test("gets the sign-in page in Greek, its errors too", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "el");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Σύνδεση");
    await expect(page.getByLabel("Κωδικός πρόσβασης")).toBeVisible();
    await expect(page.getByRole("link", { name: "Ξεχάσατε τον κωδικό;" })).toBeVisible();
    // Checked in the browser with the server's schema, worded from the catalogue.
    await page.getByRole("button", { name: "Σύνδεση" }).click();
    await expect(page.getByText("Το email είναι υποχρεωτικό")).toBeVisible();
  });
});

test.describe("the door in the user's dashboard language", () => {
  test.use({ storageState: ".tmp/e2e-owner.json" });

  test("a user who chose Greek sees the door's event list and scanner in Greek", async ({ page, context, baseURL }) => {
    const title = `Πόρτα ${Date.now()}`;
    await seedEvent({ title, capacity: 10 });
    // The dashboard switcher's choice, as the browser carries it (mirrored from the user's setting).
    await context.addCookies([{ name: "eventdesk_ui_lang", value: "el", url: baseURL ?? "http://localhost" }]);
    await page.goto("/door");
    await expect(page.locator("html")).toHaveAttribute("lang", "el");
    await expect(page.getByText("Επιλέξτε την εκδήλωση για την οποία κάνετε check-in.")).toBeVisible();
    await page.getByRole("link", { name: `Άνοιγμα check-in για την εκδήλωση ${title}` }).click();
    await expect(page.getByLabel("Κωδικός εισιτηρίου")).toBeVisible();
    await expect(page.locator("[data-outcome=idle]")).toContainText("Έτοιμο για σάρωση");
    await page.getByLabel("Κωδικός εισιτηρίου").fill("NOT-A-TICKET-CODE");
    await page.getByLabel("Κωδικός εισιτηρίου").press("Enter");
    await expect(page.locator("[data-outcome=invalid]")).toContainText("Μη έγκυρο εισιτήριο");
  });
});
