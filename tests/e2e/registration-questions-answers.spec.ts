import { type Browser, expect, test } from "@playwright/test";
import { e2eDb, seedEvent, seedQuestions } from "./helpers";

// Registration questions end to end, beyond the first build-and-answer walk (registration-questions.spec.ts):
// the form without JavaScript, answers kept when the server refuses, the builder's reorder and remove
// on the public page, and the organizer's side (edit with history, filter, counts per option).

const ROLE = { id: "role000001", key: "role", label: "Your role", type: "single_choice", required: true };
const TEACHER = { id: "teacher001", label: "Teacher" };
const STUDENT = { id: "student001", label: "Student" };
const SCHOOL = {
  id: "school0001",
  key: "school",
  label: "Your school",
  required: true,
  showWhen: { questionId: ROLE.id, value: TEACHER.id },
};
const DIET = { id: "diet000001", key: "diet", label: "Dietary needs", type: "multiple_choice" };
const VEGAN = { id: "vegan00001", label: "Vegan" };
const NO_NUTS = { id: "nonuts0001", label: "No nuts" };

async function eventWithQuestions(title: string) {
  const event = await seedEvent({ title });
  await seedQuestions(event.id, [{ ...ROLE, options: [TEACHER, STUDENT] }, SCHOOL, { ...DIET, options: [VEGAN, NO_NUTS] }]);
  return event;
}

function publicContext(browser: Browser, javaScriptEnabled = true) {
  return browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled, storageState: { cookies: [], origins: [] } });
}

test("without JavaScript an event with questions (one conditional) registers, and a refused post keeps every answer", async ({
  browser,
}) => {
  const event = await eventWithQuestions("No-script questions");
  const context = await publicContext(browser, false);
  const pub = await context.newPage();
  await pub.goto(`/e/${event.slug}`);
  // Every question shows; the conditional one says when to answer it.
  await expect(pub.getByLabel("Your school")).toBeVisible();
  await expect(pub.getByText("Answer only if you answered “Teacher” to “Your role”.")).toBeVisible();

  await pub.getByLabel("First name").fill("Νίκος");
  await pub.getByLabel("Last name").fill("Teacher");
  await pub.getByLabel("Email", { exact: true }).fill("not-an-email");
  await pub.getByRole("group", { name: "Your role" }).getByLabel("Teacher").check();
  await pub.getByLabel("Your school").fill("1st <b>Lyceum</b>");
  await pub
    .getByRole("group", { name: /Dietary needs/ })
    .getByLabel("Vegan")
    .check();
  await pub
    .getByRole("group", { name: /Dietary needs/ })
    .getByLabel("No nuts")
    .check();
  await pub.getByLabel(/I agree/).check();
  await pub.getByRole("button", { name: "Register" }).click();

  await expect(pub.getByText("Enter a valid email address")).toBeVisible();
  await expect(pub.getByLabel("Email", { exact: true })).toBeFocused();
  await expect(pub.getByRole("group", { name: "Your role" }).getByLabel("Teacher")).toBeChecked();
  await expect(pub.getByLabel("Your school")).toHaveValue("1st <b>Lyceum</b>");
  await expect(pub.getByRole("group", { name: /Dietary needs/ }).getByLabel("Vegan")).toBeChecked();
  await expect(pub.getByRole("group", { name: /Dietary needs/ }).getByLabel("No nuts")).toBeChecked();

  await pub.getByLabel("Email", { exact: true }).fill("nikos.nojs@example.com");
  await pub.getByRole("button", { name: "Register" }).click();
  await expect(pub).toHaveURL(new RegExp(`/e/${event.slug}/registered$`));
  await expect(pub.getByText("Thank you — you are registered.")).toBeVisible();
  await context.close();

  const [row] = await e2eDb()`select answers from participants where event_id = ${event.id}`;
  expect(row.answers).toEqual({ [ROLE.id]: TEACHER.id, [SCHOOL.id]: "1st <b>Lyceum</b>", [DIET.id]: [VEGAN.id, NO_NUTS.id] });
});

test("when the server refuses a registration (closed meanwhile), every answer stays in the form", async ({ browser }) => {
  const event = await eventWithQuestions("Closes while filling");
  const context = await publicContext(browser);
  const pub = await context.newPage();
  await pub.goto(`/e/${event.slug}`);
  await pub.getByLabel("First name").fill("Άννα");
  await pub.getByLabel("Last name").fill("Late");
  await pub.getByLabel("Email", { exact: true }).fill("anna.late@example.com");
  await pub.getByRole("group", { name: "Your role" }).getByLabel("Teacher").check();
  await pub.getByLabel("Your school").fill("Music school");
  await pub
    .getByRole("group", { name: /Dietary needs/ })
    .getByLabel("No nuts")
    .check();
  await pub.getByLabel(/I agree/).check();
  // The organizer closes registration while the form is open (the browser's checks all pass).
  await e2eDb()`update events set registration_open = false where id = ${event.id}`;
  await pub.getByRole("button", { name: "Register" }).click();

  await expect(pub.getByText("Registration for this event is closed.")).toBeVisible();
  await expect(pub.getByLabel("First name")).toHaveValue("Άννα");
  await expect(pub.getByRole("group", { name: "Your role" }).getByLabel("Teacher")).toBeChecked();
  await expect(pub.getByLabel("Your school")).toBeVisible();
  await expect(pub.getByLabel("Your school")).toHaveValue("Music school");
  await expect(pub.getByRole("group", { name: /Dietary needs/ }).getByLabel("No nuts")).toBeChecked();
  await expect(pub.getByRole("group", { name: /Dietary needs/ }).getByLabel("Vegan")).not.toBeChecked();
  await context.close();
  const [count] = await e2eDb()`select count(*)::int as n from participants where event_id = ${event.id}`;
  expect(count.n).toBe(0);
});

test("moving and removing questions in the builder changes the public form to match", async ({ page, browser }) => {
  const event = await seedEvent({ title: "Reordered form" });
  await seedQuestions(event.id, [
    { id: "first00001", key: "first_q", label: "First question" },
    { id: "second0001", key: "second_q", label: "Second question" },
    { id: "third00001", key: "third_q", label: "Third question" },
  ]);
  await page.goto(`/events/${event.id}/questions`);
  await page
    .getByRole("group", { name: /^Question 3/ })
    .getByRole("button", { name: "Move up" })
    .click();
  await expect(page.getByRole("group", { name: "Question 2: Third question" })).toBeVisible();
  await page
    .getByRole("group", { name: /^Question 1/ })
    .getByRole("button", { name: "Move down" })
    .click();
  await expect(page.getByRole("group", { name: "Question 2: First question" })).toBeVisible();
  await page.getByRole("group", { name: "Question 3: Second question" }).getByRole("button", { name: "Remove question" }).click();
  const preview = page.getByRole("region", { name: "Preview of the public form" });
  await expect(preview.locator("[data-question]")).toHaveCount(2);
  await page.getByRole("button", { name: "Save questions" }).click();
  await expect(page.getByText("Saved: the form asks 2 questions of its own.")).toBeVisible();
  await expect(page.getByText("Saved: the form asks 2 questions of its own.")).toBeInViewport();

  const context = await publicContext(browser);
  const pub = await context.newPage();
  await pub.goto(`/e/${event.slug}`);
  const order = await pub.locator("form [data-question]").evaluateAll((els) => els.map((e) => e.getAttribute("data-question")));
  expect(order).toEqual(["third_q", "first_q"]);
  await expect(pub.getByLabel("Second question")).toHaveCount(0);
  await context.close();
});

test("the organizer edits an answer (kept in the history), filters the list by a choice and sees the counts per option", async ({
  page,
}) => {
  const event = await eventWithQuestions("Answers at work");
  const sql = e2eDb();
  const people = [
    {
      first: "Teacher",
      last: "One",
      email: "t1@example.com",
      answers: { [ROLE.id]: TEACHER.id, [SCHOOL.id]: "North", [DIET.id]: [VEGAN.id] },
    },
    {
      first: "Teacher",
      last: "Two",
      email: "t2@example.com",
      answers: { [ROLE.id]: TEACHER.id, [SCHOOL.id]: "South", [DIET.id]: [VEGAN.id, NO_NUTS.id] },
    },
    { first: "Student", last: "Three", email: "s3@example.com", answers: { [ROLE.id]: STUDENT.id } },
  ];
  for (const p of people) {
    await sql`insert into participants (event_id, first_name, last_name, email, status, answers)
              values (${event.id}, ${p.first}, ${p.last}, ${p.email}, 'approved', ${sql.json(p.answers)})`;
  }

  // Counts per option on the overview.
  await page.goto(`/events/${event.id}`);
  const summary = page.getByRole("region", { name: "Answers (pending and approved)" });
  const count = (question: string, option: string) =>
    summary
      .locator("div", { has: page.getByRole("heading", { name: question }) })
      .locator("dl > div", { hasText: option })
      .locator("dd");
  await expect(count("Your role", "Teacher")).toHaveText("2");
  await expect(count("Your role", "Student")).toHaveText("1");
  await expect(count("Dietary needs", "Vegan")).toHaveText("2");
  await expect(count("Dietary needs", "No nuts")).toHaveText("1");

  // The list, filtered by one option of a choice question.
  await page.goto(`/events/${event.id}/participants`);
  await page.getByLabel("Answer", { exact: true }).selectOption({ label: "Your role: Student" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/answer=/);
  const table = page.getByRole("table");
  await expect(table.getByText("s3@example.com")).toBeVisible();
  await expect(table.getByText("t1@example.com")).toHaveCount(0);
  await expect(table.getByText("t2@example.com")).toHaveCount(0);

  // The organizer corrects a student's role on the participant page; the history says who and what.
  const [student] = await sql`select id from participants where email = 's3@example.com' and event_id = ${event.id}`;
  await page.goto(`/events/${event.id}/participants/${student.id}`);
  await page.getByText("Edit answers", { exact: true }).click();
  const form = page.getByRole("form", { name: "Edit answers" });
  await form.getByRole("group", { name: "Your role" }).getByLabel("Teacher").check();
  await form.getByLabel("Your school").fill("West <i>annex</i>");
  await form.getByRole("button", { name: "Save answers" }).click();
  await expect(form.getByText("Saved 2 changed answers.")).toBeVisible();
  await expect(form.getByText("Saved 2 changed answers.")).toBeInViewport();
  const history = page.getByRole("table", { name: "Changes to the answers" });
  await expect(history.getByRole("row", { name: /Your role Student Teacher Olga Owner/ })).toBeVisible();
  await expect(history.getByRole("row", { name: /Your school — West <i>annex<\/i> Olga Owner/ })).toBeVisible();
  const answers = page.getByRole("region", { name: "Answers" });
  await expect(answers.locator("dd").getByText("West <i>annex</i>")).toBeVisible();

  // The overview counts follow the edit.
  await page.goto(`/events/${event.id}`);
  await expect(count("Your role", "Teacher")).toHaveText("3");
  await expect(count("Your role", "Student")).toHaveText("0");
});
