// Runs once when the web server starts (Next.js instrumentation hook; not during `next build`).
// The Node.js part lives in its own module so that the Edge bundle never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startWebProcess } = await import("./instrumentation-node");
    await startWebProcess();
  }
}
