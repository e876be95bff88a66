"use client";
// A point in time shown in the viewer's own time zone. The server does not know that zone, so the
// first render (server and hydration) shows UTC and the browser replaces it after mounting.
import { useEffect, useState } from "react";

const utc = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function LocalTime({ value }: { value: Date | string }) {
  const date = typeof value === "string" ? new Date(value) : value;
  const [text, setText] = useState(`${utc.format(date)} UTC`);
  // The instant, not the Date object: a parent re-rendering with an equal date must not re-run this.
  const ms = date.getTime();
  useEffect(() => {
    setText(new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" }).format(new Date(ms)));
  }, [ms]);
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {text}
    </time>
  );
}
