import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { e2eDb, seedEvent, seedQuestions } from "./helpers";

// The organizer changes the questions while someone has the public form open (issue 17, D4 and the
// builder's reorder / remove). The person's post is checked against the questions as they are now:
// a newly required question comes back shown, highlighted and focused, with everything typed kept,
// with JavaScript and without it.

function publicContext(browser: Browser, javaScriptEnabled: boolean) {
  return browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled, storageState: { cookies: [], origins: [] } });
}

async function fillDetails(pub: Page, email: string) {
  await pub.getByLabel("First name").fill("Ελένη");
  await pub.getByLabel("Last name").fill("Παππά");
  await pub.getByLabel("Email", { exact: true }).fill(email);
  await pub.getByLabel("Your role").fill("Teacher <b>of</b> maths");
  await pub.getByLabel(/I agree/).check();
}

/** The organizer adds a required question in the builder and saves (which expires the public page). */
async function addRequiredQuestion(page: Page, eventId: string, label: string) {
  await page.goto(`/events/${eventId}/questions`);
  await page.getByRole("button", { name: "Add a question" }).click();
  const added = page.getByRole("group", { name: /^Question 2/ });
  await added.getByLabel("Question", { exact: true }).fill(label);
  await added.getByLabel("Required").check();
  await page.getByRole("button", { name: "Save questions" }).click();
  await expect(page.getByText("Saved: the form asks 2 questions of its own.")).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test(`a required question added while the form is open comes back highlighted, with everything typed kept (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    page,
    browser,
  }) => {
    const event = await seedEvent({ title: "Form that changes" });
    await seedQuestions(event.id, [{ id: "role000001", key: "role", label: "Your role" }]);
    const email = `changed-${javaScriptEnabled ? "js" : "nojs"}@example.com`;

    const phone = await publicContext(browser, javaScriptEnabled);
    const pub = await phone.newPage();
    await pub.goto(`/e/${event.slug}`);
    await fillDetails(pub, email);
    await expect(pub.getByLabel("Dietary needs")).toHaveCount(0);

    await addRequiredQuestion(page, event.id, "Dietary needs");

    await pub.getByRole("button", { name: "Register" }).click();
    await expect(pub.getByText("The form has changed since you opened it")).toBeVisible();
    const added = pub.getByLabel("Dietary needs");
    await expect(added).toBeVisible();
    await expect(added).toHaveAttribute("aria-invalid", "true");
    await expect(pub.getByText("This question was added after you opened the form: please answer it.")).toBeVisible();
    await expect(added).toBeFocused();
    await expect(pub.getByLabel("First name")).toHaveValue("Ελένη");
    await expect(pub.getByLabel("Last name")).toHaveValue("Παππά");
    await expect(pub.getByLabel("Email", { exact: true })).toHaveValue(email);
    await expect(pub.getByLabel("Your role")).toHaveValue("Teacher <b>of</b> maths");
    await expect(pub.getByLabel(/I agree/)).toBeChecked();
    // The form in its error state is held to WCAG 2.1 AA too (axe runs as a script: with JavaScript on).
    if (javaScriptEnabled) {
      const { violations } = await new AxeBuilder({ page: pub }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }

    await added.fill("Vegetarian");
    await pub.getByRole("button", { name: "Register" }).click();
    await expect(pub.getByText("Thank you — you are registered.")).toBeVisible();
    await phone.close();

    const [row] = await e2eDb()`select answers from participants where event_id = ${event.id} and email = ${email}`;
    const answers = Object.values(row.answers as Record<string, unknown>).sort();
    expect(answers).toEqual(["Teacher <b>of</b> maths", "Vegetarian"].sort());
  });
}
