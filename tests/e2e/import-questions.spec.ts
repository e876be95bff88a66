// Issue 17: the CSV import fills registration questions. The organizer builds a single-choice and a
// yes/no question, uploads a file whose headings do not name them, maps the two columns in the
// mapping step, imports, and finds the answers on a participant's page and in the CSV export; a row
// whose choice is not one of the options is reported by its row number and not imported.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2eDb, seedEvent } from "./helpers";

const csv = [
  "Email,First name,Last name,Job,Pictures",
  "maria@example.gr,Μαρία,Ιωάννου,Teacher,Ναι",
  "nikos@example.gr,Νίκος,Γεωργίου,Student,no",
  "petros@example.gr,Πέτρος,Δήμου,Principal,yes",
].join("\r\n");

test("an organizer maps CSV columns to registration questions, imports the answers and sees them on the participant and in the export", async ({
  page,
}) => {
  const event = await seedEvent({ title: "Import With Questions" });

  await page.goto(`/events/${event.id}/questions`);
  await page.getByRole("button", { name: "Add a question" }).click();
  const role = page.getByRole("group", { name: /^Question 1/ });
  await role.getByLabel("Question", { exact: true }).fill("Your role");
  await role.getByLabel("Answer type").selectOption("single_choice");
  await role.getByLabel("Options 1").fill("Teacher");
  await role.getByLabel("Options 2").fill("Student");
  await page.getByRole("button", { name: "Add a question" }).click();
  const photos = page.getByRole("group", { name: /^Question 2/ });
  await photos.getByLabel("Question", { exact: true }).fill("Photos OK?");
  await photos.getByLabel("Answer type").selectOption("yes_no");
  await page.getByRole("button", { name: "Save questions" }).click();
  await expect(page.getByText("Saved: the form asks 2 questions of its own.")).toBeVisible();

  await page.goto(`/events/${event.id}/import`);
  await page.getByLabel("CSV file").setInputFiles({ name: "answers.csv", mimeType: "text/csv", buffer: Buffer.from(`${csv}\r\n`, "utf8") });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check the file before importing");

  // The questions are listed in the mapping step; the headings "Job" and "Pictures" name neither.
  const questions = page.getByRole("group", { name: "Registration questions" });
  await expect(questions.getByLabel("Your role")).toHaveValue("");
  await expect(questions.getByLabel("Photos OK?")).toHaveValue("");
  const outcome = page.getByRole("table", { name: "What the first rows become with these columns" });
  const cells = (row: number) =>
    outcome
      .getByRole("row")
      .nth(row - 1)
      .getByRole("cell");
  await expect(cells(4)).toHaveText(["4", "Πέτρος", "Δήμου", "petros@example.gr", "", ""]);

  await questions.getByLabel("Your role").selectOption({ label: "D: Job" });
  await questions.getByLabel("Photos OK?").selectOption({ label: "E: Pictures" });
  // The preview checks the answers as the import will.
  await expect(cells(2)).toHaveText(["2", "Μαρία", "Ιωάννου", "maria@example.gr", "", ""]);
  await expect(cells(4)).toHaveText(["4", "Not imported: Your role: Choose one of the options listed"]);
  await page.getByRole("button", { name: "Start import" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import of answers.csv");
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toHaveText("Import finished: 3 rows read", {
    timeout: 20_000,
  });
  await expect(page.getByText("2 rows were imported; 0 skipped as duplicates and 1 failed.")).toBeVisible();
  const report = page.getByRole("table", { name: "Rows not imported" });
  await expect(report.getByRole("row")).toHaveCount(2);
  await expect(report.getByRole("row").nth(1).getByRole("cell")).toHaveText([
    "4",
    "Failed",
    "Your role: Choose one of the options listed",
    "petros@example.gr · Πέτρος · Δήμου · Principal",
  ]);

  const imported = await e2eDb()`select id, email from participants where event_id = ${event.id} order by email`;
  expect(imported.map((p) => p.email)).toEqual(["maria@example.gr", "nikos@example.gr"]);

  await page.goto(`/events/${event.id}/participants/${imported[0].id}`);
  const answers = page.getByRole("region", { name: "Answers" });
  await expect(answers.locator("dt")).toHaveText(["Your role", "Photos OK?"]);
  await expect(answers.locator("dd")).toHaveText(["Teacher", "Yes"]);

  await page.goto(`/events/${event.id}/import`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV", exact: true }).click(),
  ]);
  const lines = (await readFile((await download.path())!)).toString("utf8").slice(1).split("\r\n").filter(Boolean);
  expect(lines).toHaveLength(3);
  expect(lines[0].split(",").slice(-2)).toEqual(["Your role", "Photos OK?"]);
  const byEmail = (email: string) =>
    lines
      .find((l) => l.includes(email))
      ?.split(",")
      .slice(-2);
  expect(byEmail("maria@example.gr")).toEqual(["Teacher", "Yes"]);
  expect(byEmail("nikos@example.gr")).toEqual(["Student", "No"]);
});
