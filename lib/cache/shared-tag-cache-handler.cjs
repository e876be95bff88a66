// Next's cache handler for the web processes (next.config.ts `cacheHandler`): Next's own file-system
// cache for the entries, plus tag invalidations that reach EVERY web process. Next keeps the tag
// state (which tags expired when) in each process's memory, so behind a load balancer an edit
// revalidated in one process would leave the others serving the old page. Here every revalidateTag
// is also sent through PostgreSQL NOTIFY; each process LISTENs and applies it to its own tag state.
// If the listening connection drops, notifications sent meanwhile are lost, so on every reconnect
// the process expires all of its pages (the implicit tag of the root layout) once: a burst of
// re-renders, never a stale page. CommonJS because Next loads this file itself, outside the bundle.
"use strict";
const { randomUUID } = require("node:crypto");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

const CHANNEL = "next_cache_tags";
const ALL_PAGES_TAG = "_N_T_/layout";
const me = randomUUID();
globalThis.__sharedTagCache ??= { sql: null, listening: null };
const state = globalThis.__sharedTagCache;

function connection() {
  const url = process.env.DATABASE_URL;
  // `next build` constructs the handler too: nothing to share there, and maybe no database.
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return null;
  if (!state.sql) {
    const postgres = require("postgres");
    state.sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: "next-cache-tags" } });
  }
  return state.sql;
}

function listen(handler) {
  const sql = connection();
  if (!sql || state.listening) return;
  let first = true;
  state.listening = sql
    .listen(
      CHANNEL,
      (payload) => {
        let message;
        try {
          message = JSON.parse(payload);
        } catch {
          return;
        }
        if (message.from === me || !Array.isArray(message.tags)) return;
        FileSystemCache.prototype.revalidateTag.call(
          handler,
          message.tags.filter((t) => typeof t === "string"),
          message.durations ?? undefined,
        );
      },
      () => {
        // Called on the first LISTEN and again after each reconnect: anything missed in between
        // is covered by expiring every page once.
        if (!first) FileSystemCache.prototype.revalidateTag.call(handler, [ALL_PAGES_TAG]);
        first = false;
      },
    )
    .catch((err) => {
      state.listening = null;
      console.error(`[cache] could not listen for tag invalidations: ${err.message}`);
    });
}

class SharedTagCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    listen(this);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    const sql = connection();
    if (!sql || list.length === 0) return;
    // Awaited: when the server action that edited the event returns, the other processes have been told.
    await sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ from: me, tags: list, durations: durations ?? null })})`;
  }
}

module.exports = SharedTagCacheHandler;
