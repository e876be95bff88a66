// Structured logs: one JSON object per line (pino), or readable lines when LOG_FORMAT=pretty (the
// default in development). Lines written while a job runs carry the job's id and name: the worker
// runs each job inside withLogContext({ jobId, job }), and every logger adds the current context
// through pino's mixin. State lives on globalThis because Next.js bundles this module more than once.
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import path from "node:path";
import { format, stripVTControlCharacters } from "node:util";
import pino, { type DestinationStream, type Level, type Logger } from "pino";

type LogContext = Record<string, unknown>;
type State = { root?: Logger; context: AsyncLocalStorage<LogContext>; consoleCaptured?: boolean };

const holder = globalThis as typeof globalThis & { __eventdeskLog?: State };
holder.__eventdeskLog ??= { context: new AsyncLocalStorage<LogContext>() };
const state: State = holder.__eventdeskLog;

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/**
 * The settings are read straight from the environment (with fallbacks) rather than through env():
 * the logger has to work to report that the configuration is invalid.
 */
function createRoot(): Logger {
  const level = LEVELS.includes(process.env.LOG_LEVEL ?? "") ? process.env.LOG_LEVEL! : "info";
  const pretty =
    (process.env.LOG_FORMAT ?? (process.env.NODE_ENV === "development" || !process.env.NODE_ENV ? "pretty" : "json")) === "pretty";
  const options: pino.LoggerOptions = {
    level,
    base: { pid: process.pid },
    mixin: () => state.context.getStore() ?? {},
    formatters: { level: (label) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  const stream = pretty ? prettyStream() : undefined;
  return stream ? pino(options, stream) : pino(options);
}

/**
 * pino-pretty is a development dependency: it is absent from production images, where the JSON
 * lines are what a log collector wants anyway. Loaded in-process (no transport worker thread, which
 * does not survive Next.js bundling).
 */
function prettyStream(): DestinationStream | undefined {
  try {
    const load = createRequire(path.join(process.cwd(), "package.json"));
    const pretty = load("pino-pretty") as (opts: Record<string, unknown>) => DestinationStream;
    return pretty({ colorize: Boolean(process.stdout.isTTY), ignore: "pid,hostname", translateTime: "HH:MM:ss.l", sync: true });
  } catch {
    return undefined;
  }
}

function root(): Logger {
  state.root ??= createRoot();
  return state.root;
}

/** A logger for one part of the system (`component` on each line), e.g. logger("worker"). */
export function logger(component: string): Logger {
  return root().child({ component });
}

/** Runs fn with fields (jobId, job…) added to every line logged inside it, however deep. */
export function withLogContext<T>(fields: LogContext, fn: () => T): T {
  const outer = state.context.getStore();
  return state.context.run({ ...outer, ...fields }, fn);
}

/**
 * Sends console.* through the logger, so that lines printed by code that uses console (libraries,
 * older modules) are JSON lines with the job context too.
 */
export function captureConsole(component = "console"): void {
  if (state.consoleCaptured) return;
  state.consoleCaptured = true;
  const log = logger(component);
  // Colour codes (Next.js, Better Auth) mean nothing in a JSON line.
  const route =
    (level: Level) =>
    (...args: unknown[]) =>
      log[level](stripVTControlCharacters(format(...args)));
  console.log = route("info");
  console.info = route("info");
  console.warn = route("warn");
  console.error = route("error");
  console.debug = route("debug");
}
