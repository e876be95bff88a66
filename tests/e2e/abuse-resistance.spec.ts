// Abuse resistance on the production build: request budgets (on a second `next start` of the same
// build with RATE_LIMITS on, its own database), forged X-Forwarded-For, security headers,
// cross-site requests and malformed input answered 4xx.
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { startAppStack, type AppStack } from "../helpers/app-stack";
import { OWNER, uniqueSlug } from "./helpers";

const limitedPort = Number(process.env.E2E_PORT ?? 3210) + 1;
let stack: AppStack;
let sql: postgres.Sql;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  stack = await startAppStack({
    port: limitedPort,
    build: false,
    workers: 0,
    quiet: true,
    extraEnv: { ...process.env, RATE_LIMITS: "on", TRUSTED_PROXY: "" },
  });
  sql = postgres(stack.databaseUrl, { max: 2, onnotice: () => {} });
});

test.afterAll(async () => {
  await sql?.end();
  await stack?.stop();
});

async function seed(capacity: number | null = null) {
  const slug = uniqueSlug("limited");
  const [row] = await sql`
    insert into events (slug, title, description, venue, starts_at, ends_at, time_zone, capacity, registration_open, approval_mode)
    values (${slug}, 'Budget Day', 'x', 'Hall', now() + interval '30 days', now() + interval '30 days 8 hours', 'Europe/Athens', ${capacity}, true, 'manual')
    returning id, slug`;
  return row as { id: string; slug: string };
}

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: stack.url, ...headers },
    body: JSON.stringify({ email, password }),
  });

test("password guessing on /api/auth/sign-in/email is refused with 429, forged X-Forwarded-For or not", async ({ page }) => {
  await page.goto(`${stack.url}/setup`);
  await page.getByLabel("Your name").fill(OWNER.name);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password", { exact: true }).fill(OWNER.password);
  await page.getByLabel("Repeat the password").fill(OWNER.password);
  await page.getByRole("button", { name: /create/i }).click();
  await expect(page).toHaveURL(/\/events$/);

  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) statuses.push((await signIn(OWNER.email, `wrong-${i}`, { "x-forwarded-for": `10.1.${i}.7` })).status);
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
  expect(statuses.slice(10)).toEqual(Array(20).fill(429));
  const right = await signIn(OWNER.email, OWNER.password);
  expect(right.status).toBe(429);
  expect((await right.json()).message).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);
});

test("the sign-in form says when to try again", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${stack.url}/sign-in`);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByText(/Too many attempts\. Try again in \d+ minutes?\./)).toBeVisible();
  await context.close();
});

test("a full event answers the same to a registered and an unregistered address", async ({ browser }) => {
  // The page hides the form once the event is full, so the form is opened while a seat is free and
  // the event fills up before it is sent.
  const event = await seed(3);
  // Without the waitlist: with it, a full event takes the registration onto the list instead.
  await sql`update events set waitlist_enabled = false where id = ${event.id}`;
  await sql`insert into participants (event_id, first_name, last_name, email) values (${event.id}, 'A', 'B', 'seat@example.com'), (${event.id}, 'C', 'D', 'other@example.com')`;
  // Seeded behind the app's back: the seat counter is set to match (registrations keep it themselves).
  await sql`update events set seats_taken = 2 where id = ${event.id}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const answers: string[] = [];
  for (const email of ["seat@example.com", "stranger@example.com"]) {
    await sql`update events set capacity = 3 where id = ${event.id}`;
    await page.goto(`${stack.url}/e/${event.slug}`);
    // The page asks once, live, whether a seat is left: the event fills up only after it has said so.
    await expect(page.getByTestId("seats-left")).toHaveText("1 seat left");
    await sql`update events set capacity = 2 where id = ${event.id}`;
    await page.getByLabel("First name").fill("Who");
    await page.getByLabel("Last name").fill("Ever");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel(/I agree/).check();
    await page.getByRole("button", { name: "Register" }).click();
    const answer = page.getByText(/full|registered/i).first();
    await expect(answer).toBeVisible();
    answers.push((await page.locator("form").textContent()) ?? "");
  }
  expect(answers[0]).toBe(answers[1]);
  expect(answers[0]).toContain("Sorry, this event is full.");
  expect(answers[0]).not.toMatch(/already registered/i);
  await context.close();
});

test("one address cannot register more than its budget; the form says when to try again", async ({ browser }) => {
  await sql`truncate table rate_limit_counters`;
  const event = await seed();
  const context = await browser.newContext();
  const page = await context.newPage();
  const answers: string[] = [];
  for (let i = 0; i < 11; i++) {
    await page.goto(`${stack.url}/e/${event.slug}`);
    await page.getByLabel("First name").fill("Script");
    await page.getByLabel("Last name").fill(`Kiddie ${i}`);
    await page.getByLabel("Email").fill(`script-${i}@example.com`);
    await page.getByLabel(/I agree/).check();
    await page.getByRole("button", { name: "Register" }).click();
    const done = page.getByText("Thank you — you are registered.");
    const limited = page.getByText(/Too many attempts\. Try again in \d+ minutes?\./);
    await expect(done.or(limited)).toBeVisible();
    answers.push((await limited.count()) ? "limited" : "registered");
  }
  expect(answers).toEqual([...Array(10).fill("registered"), "limited"]);
  const [{ n }] = await sql`select count(*)::int as n from participants where event_id = ${event.id}`;
  expect(n).toBe(10);
  await context.close();
});

test("ticket links and certificate verification have per-address budgets", async () => {
  const ticket: number[] = [];
  for (let i = 0; i < 62; i++) ticket.push((await fetch(`${stack.url}/t/nonexistent-code-${i}`)).status);
  expect(ticket.slice(0, 60).every((s) => s === 404)).toBe(true);
  expect(ticket.slice(60)).toEqual([429, 429]);
  let last = "";
  for (let i = 0; i < 61; i++) last = await (await fetch(`${stack.url}/verify/NOPE-${i}`)).text();
  expect(last).toMatch(/Too many attempts\. Try again in \d+ minutes?\./);
});

test("every response carries the security headers, and none says x-powered-by", async () => {
  for (const path of ["/sign-in", "/api/health", "/e/no-such-event", "/t/x"]) {
    const res = await fetch(`${stack.url}${path}`);
    expect(res.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options"), path).toBe("DENY");
    expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
    expect(res.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-powered-by"), path).toBeNull();
  }
});

test("state-changing route handlers and server actions refuse cross-site requests with 403", async () => {
  const id = "00000000-0000-4000-8000-000000000000";
  for (const path of [
    `/api/events/${id}/check-in/manual`,
    `/api/events/${id}/check-in/undo`,
    `/api/events/${id}/certificates/images/logo`,
    `/api/events/${id}/imports/upload`,
    // The registration form's post without JavaScript (it skips the proxy and checks for itself).
    "/e/some-event/register",
  ]) {
    const res = await fetch(`${stack.url}${path}`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "text/plain" },
      body: "{}",
    });
    expect(res.status, path).toBe(403);
  }
  const action = await fetch(`${stack.url}/sign-in`, {
    method: "POST",
    headers: { origin: "https://evil.example", "next-action": "0".repeat(42), "content-type": "text/plain" },
    body: "[]",
  });
  expect(action.status).toBe(403);
});

test("malformed input is a 4xx, never a 500", async () => {
  const paths = ["/t/%ZZ", "/verify/%", "/e/%E0%A4%A", "/events/%E0%A4%A", "/api/events/%E0%A4%A/check-in/counters", "/rsvp/%E0%A4%A"];
  for (const path of paths) {
    const res = await fetch(`${stack.url}${path}`, { redirect: "manual" });
    expect(res.status, path).toBeGreaterThanOrEqual(400);
    expect(res.status, path).toBeLessThan(500);
  }
  // The registration route: a slug that does not decode, a body that is not a form, one too large,
  // and a form for no event (handed to the page, which says the event does not exist).
  const post = (path: string, body: string | FormData, headers: Record<string, string> = {}) =>
    fetch(`${stack.url}${path}`, { method: "POST", redirect: "manual", headers: { origin: stack.url, ...headers }, body });
  expect((await post("/e/%E0%A4%A/register", "x", { "content-type": "text/plain" })).status).toBe(400);
  const unreadable = await post("/e/some-event/register", "--nope", { "content-type": "multipart/form-data; boundary=x" });
  expect(unreadable.status).toBe(400);
  const tooLarge = await post("/e/some-event/register", "x".repeat(3 * 1024 * 1024), {
    "content-type": "application/x-www-form-urlencoded",
  });
  expect(tooLarge.status).toBe(413);
  const form = new FormData();
  form.append("firstName", "Ada");
  const nowhere = await post("/e/no-such-event-here/register", form);
  expect(nowhere.status).toBe(307);
  expect(nowhere.headers.get("location")).toBe("/e/no-such-event-here");
  const big = await fetch(`${stack.url}/sign-in`, {
    method: "POST",
    headers: { origin: stack.url, "next-action": "0".repeat(42), "content-type": "text/plain" },
    body: "x".repeat(3 * 1024 * 1024),
  });
  expect(big.status).toBe(413);
});
