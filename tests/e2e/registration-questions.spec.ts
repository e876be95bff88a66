import { expect, test } from "@playwright/test";
import { e2eDb, seedEvent } from "./helpers";

// The organizer builds two questions (one shown only for one answer) with the live preview beside
// them; a person on a phone answers them on the public page, a missing answer is refused at its
// field, and the answers reach the participant page.
test("questions built in the dashboard are asked on the public form and shown on the participant page", async ({ page, browser }) => {
  const event = await seedEvent({ title: "Teachers' Workshop" });
  await page.goto(`/events/${event.id}/questions`);
  await expect(page.getByRole("heading", { name: "Registration questions" })).toBeVisible();
  await expect(page.getByText("Questions you add appear here")).toBeVisible();

  await page.getByRole("button", { name: "Add a question" }).click();
  const first = page.getByRole("group", { name: /^Question 1/ });
  await first.getByLabel("Question", { exact: true }).fill("Your role");
  await first.getByLabel("Answer type").selectOption("single_choice");
  await first.getByLabel("Options 1").fill("Teacher");
  await first.getByLabel("Options 2").fill("<b>Student</b>");
  await first.getByLabel("Required").check();

  await page.getByRole("button", { name: "Add a question" }).click();
  const second = page.getByRole("group", { name: /^Question 2/ });
  await second.getByLabel("Question", { exact: true }).fill("Your school");
  await second.getByLabel("Required").check();
  await second.getByLabel("Show only when").selectOption({ label: "Your role" });
  await second.getByLabel("is answered").selectOption({ label: "Teacher" });

  // The live preview: the markup in an option is text; the conditional question waits for "Teacher".
  const preview = page.getByRole("region", { name: "Preview of the public form" });
  await expect(preview.getByRole("group", { name: "Your role" })).toBeVisible();
  await expect(preview.getByText("<b>Student</b>")).toBeVisible();
  await expect(preview.getByLabel("Your school")).toBeHidden();
  await preview.getByLabel("Teacher").check();
  await expect(preview.getByLabel("Your school")).toBeVisible();

  await page.getByRole("button", { name: "Save questions" }).click();
  await expect(page.getByText("Saved: the form asks 2 questions of its own.")).toBeVisible();

  // A person on a phone, without the organizer's session.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: { cookies: [], origins: [] } });
  const pub = await phone.newPage();
  await pub.goto(`/e/${event.slug}`);
  await pub.getByLabel("First name").fill("Ελένη");
  await pub.getByLabel("Last name").fill("Teacher");
  await pub.getByLabel("Email", { exact: true }).fill("eleni@example.com");
  await expect(pub.getByLabel("Your school")).toBeHidden();
  await pub.getByRole("group", { name: "Your role" }).getByLabel("Teacher").check();
  await expect(pub.getByLabel("Your school")).toBeVisible();
  await pub.getByLabel(/I agree/).check();
  await pub.getByRole("button", { name: "Register" }).click();
  // Refused in the browser, at the field, with the focus on it.
  await expect(pub.getByText("This question is required")).toBeVisible();
  await expect(pub.getByLabel("Your school")).toBeFocused();
  await pub.getByLabel("Your school").fill("2nd Lyceum <of> Athens");
  await pub.getByRole("button", { name: "Register" }).click();
  await expect(pub.getByText("Thank you — you are registered.")).toBeVisible();
  await phone.close();

  const [row] = await e2eDb()`select id, answers from participants where event_id = ${event.id}`;
  // The text answer and the chosen option's id (random: sorting against a matcher would order it by chance).
  const stored = Object.values(row.answers as Record<string, unknown>);
  expect(stored).toHaveLength(2);
  expect(stored).toEqual(expect.arrayContaining(["2nd Lyceum <of> Athens", expect.any(String)]));

  await page.goto(`/events/${event.id}/participants/${row.id}`);
  const answers = page.getByRole("region", { name: "Answers" });
  await expect(answers.locator("dd").getByText("2nd Lyceum <of> Athens")).toBeVisible();
  await expect(answers.locator("dd").getByText("Teacher", { exact: true })).toBeVisible();
});
