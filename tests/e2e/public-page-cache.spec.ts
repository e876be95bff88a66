// The public event page is served from Next's cache, and an edit made through one web process is
// seen from every other one (the cache handler sends tag invalidations through PostgreSQL). A second
// `next start` runs here on the same database, as a second instance behind a load balancer would.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { stopProcessGroup } from "../helpers/app-stack";
import { e2eDb, seedEvent, waitFor } from "./helpers";

const secondPort = Number(process.env.E2E_SECOND_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 1);
const second = `http://localhost:${secondPort}`;
let child: ChildProcess | undefined;

test.beforeAll(async ({ baseURL }) => {
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: readFileSync(".tmp/e2e-database-url", "utf8").trim(),
    APP_URL: second,
    PORT: String(secondPort),
    BETTER_AUTH_SECRET: "e2e-and-bench-secret-0123456789abcdef",
    EMAIL_TRANSPORT: "outbox",
  };
  child = spawn(path.join(process.cwd(), "node_modules/.bin/next"), ["start", "--port", String(secondPort)], {
    env,
    detached: true,
    stdio: "ignore",
  });
  await waitFor(async () => (await fetch(`${second}/api/health`).catch(() => null))?.ok, 60_000);
  expect(baseURL).not.toBe(second);
});

test.afterAll(async () => {
  if (child) await stopProcessGroup(child);
});

async function titleFrom(base: string, slug: string) {
  const res = await fetch(`${base}/e/${slug}`);
  const html = await res.text();
  return { title: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? null, cache: res.headers.get("x-nextjs-cache") };
}

test("an edit in one web process changes the cached public page in both", async ({ page, baseURL }) => {
  const event = await seedEvent({ title: "Before the edit" });
  const first = baseURL!;
  for (const base of [first, second]) {
    expect((await titleFrom(base, event.slug)).title).toBe("Before the edit");
    // The second visit is answered from the cache, not rendered again.
    expect(await waitFor(async () => (await titleFrom(base, event.slug)).cache === "HIT")).toBe(true);
  }
  // A change behind the app's back is not seen: the pages really come from the cache.
  await e2eDb()`update events set title = 'Changed behind the app' where id = ${event.id}`;
  for (const base of [first, second]) expect((await titleFrom(base, event.slug)).title).toBe("Before the edit");

  // The edit, made through the first process.
  await page.goto(`/events/${event.id}/edit`);
  await page.getByLabel("Title").fill("After the edit");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}\\?saved=updated$`));

  for (const base of [first, second]) {
    expect(await waitFor(async () => (await titleFrom(base, event.slug)).title === "After the edit", 5_000)).toBe(true);
  }
});

test("seats left are live on the cached page, and a full event hides the form", async ({ page }) => {
  const event = await seedEvent({ title: "Small room", capacity: 2 });
  await page.goto(`/e/${event.slug}`);
  await expect(page.getByTestId("seats-left")).toHaveText("2 seats left");
  // Seats taken without any cache invalidation: the page HTML is the cached one, the seats are not.
  // Waitlist off (new events have it on, h16): a full event then hides the form.
  await e2eDb()`update events set seats_taken = 2, waitlist_enabled = false where id = ${event.id}`;
  await page.reload();
  await expect(page.getByText("This event is full. Registration is no longer possible.")).toBeVisible();
  await expect(page.getByRole("button", { name: /register/i })).toHaveCount(0);
  const res = await fetch(`${page.url().replace(/\/e\/.*/, "")}/e/${event.slug}/availability`);
  expect(await res.json()).toEqual({ open: true, full: true, seatsLeft: 0, waitlist: false });
  expect((await fetch(`${page.url().replace(/\/e\/.*/, "")}/e/no-such-event/availability`)).status).toBe(404);
});
