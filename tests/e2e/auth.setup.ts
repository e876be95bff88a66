// Runs once before the specs: the first visit offers to create the owner account; the signed-in
// state is saved for the specs that act as the owner.
import { expect, test as setup } from "@playwright/test";
import { OWNER } from "./helpers";

setup("the first visit creates the owner account", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Your name").fill(OWNER.name);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password", { exact: true }).fill(OWNER.password);
  await page.getByLabel("Repeat the password").fill(OWNER.password);
  await page.getByRole("button", { name: /create/i }).click();
  await expect(page).toHaveURL(/\/events$/);
  await page.context().storageState({ path: ".tmp/e2e-owner.json" });
});
