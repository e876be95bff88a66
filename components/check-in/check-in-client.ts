// The scanner page's calls to the check-in routes. A request that meets no answer (venue Wi-Fi) is
// sent again with the same body, and so the same clientScanId: the server answers a repeat with the
// first answer and never counts it twice.
import type { CheckInCounters, CheckInResult, WithCounters } from "@/lib/check-in/check-in-result";
import { deviceId } from "@/lib/check-in/device-id";
import type { ParticipantStatus } from "@/lib/db/schema/participants";

export type SearchRow = {
  id: string;
  name: string;
  email: string;
  organisation: string | null;
  status: ParticipantStatus;
  checkedInAt: string | null;
  checkedInBy: string | null;
};

/** Why a call gave no answer, as a code: the page words it in its language (check-in-error-text.ts). */
export type CheckInErrorKind =
  | "offline"
  | "signed_out"
  | "no_access"
  | "not_registered"
  | "not_checked_in"
  | "busy"
  | "bad_request"
  | "server";

export class CheckInError extends Error {
  constructor(
    readonly kind: CheckInErrorKind,
    readonly status?: number,
  ) {
    super(status ? `${kind} (${status})` : kind);
  }
}

const RETRY_DELAYS_MS = [400, 1200, 2500];

async function call<T>(url: string, init: RequestInit = {}, retry = true): Promise<T> {
  const headers = { "x-device-id": deviceId(), ...(init.body ? { "content-type": "application/json" } : {}) };
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, { ...init, headers, cache: "no-store" });
    } catch {
      if (retry && attempt < RETRY_DELAYS_MS.length) {
        await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
        continue;
      }
      throw new CheckInError("offline");
    }
    if (res.status >= 502 && res.status <= 504 && retry && attempt < RETRY_DELAYS_MS.length) {
      await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
      continue;
    }
    if (res.ok) return (await res.json()) as T;
    if (res.status === 401) throw new CheckInError("signed_out");
    if (res.status === 404 && url.endsWith("/manual")) throw new CheckInError("not_registered");
    if (res.status === 404) throw new CheckInError("no_access");
    if (res.status === 409) throw new CheckInError("not_checked_in");
    if (res.status === 429) throw new CheckInError("busy");
    if (res.status === 400) throw new CheckInError("bad_request");
    throw new CheckInError("server", res.status);
  }
}

export function checkInClient(eventId: string) {
  const base = `/api/events/${eventId}/check-in`;
  const post = <T>(path: string, body: unknown) => call<T>(`${base}/${path}`, { method: "POST", body: JSON.stringify(body) });
  return {
    scan: (code: string, clientScanId: string) => post<WithCounters<CheckInResult>>("scan", { code, clientScanId }),
    manual: (participantId: string, clientScanId: string) => post<WithCounters<CheckInResult>>("manual", { participantId, clientScanId }),
    undo: (participantId: string) => post<WithCounters<{ ok: true; undoneAt: string }>>("undo", { participantId }),
    search: (q: string) => call<{ participants: SearchRow[] }>(`${base}/search?q=${encodeURIComponent(q)}`, {}, false),
    counters: () => call<CheckInCounters>(`${base}/counters`, {}, false),
  };
}

export type CheckInClient = ReturnType<typeof checkInClient>;
