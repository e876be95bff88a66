// The door's words for a call that gave no answer (CheckInError's code), in the page's language;
// anything else (a bug, a parse failure) gets the caller's "try again" line.
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { CheckInError, type CheckInErrorKind } from "./check-in-client";

const keys = {
  offline: "offline",
  signed_out: "signedOut",
  no_access: "noAccess",
  not_registered: "notRegistered",
  not_checked_in: "notCheckedIn",
  busy: "busy",
  bad_request: "badRequest",
  server: "server",
} as const satisfies Record<CheckInErrorKind, string>;

type Fallback = "scan" | "undo" | "search" | "action";

export function useCheckInErrorText() {
  const t = useTranslations("door.errors");
  return useCallback(
    (err: unknown, fallback: Fallback) => (err instanceof CheckInError ? t(keys[err.kind], { status: err.status ?? 0 }) : t(fallback)),
    [t],
  );
}
