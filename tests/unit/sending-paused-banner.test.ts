// The banner owners see while sending is paused: Resend's reason (escaped like any text) and when
// sending resumes or is tried again.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SendingPausedBanner } from "@/components/deliveries/sending-paused-banner";

describe("the sending-paused banner", () => {
  it("says sending is paused by a daily quota and when it resumes", () => {
    const html = renderToStaticMarkup(
      createElement(SendingPausedBanner, {
        pauses: [{ reason: "daily_quota", message: "daily_quota_exceeded: quota", resumesAt: new Date("2026-12-03T09:15:00Z") }],
      }),
    );
    expect(html).toContain("Sending paused: daily quota reached; resumes at 2026-12-03 09:15 UTC.");
    expect(html).toContain("Emails stay queued");
  });

  it("shows Resend's reason for a configuration error, escaped", () => {
    const html = renderToStaticMarkup(
      createElement(SendingPausedBanner, {
        pauses: [
          {
            reason: "configuration",
            message: "validation_error: The <b>example.org</b> domain is not verified",
            resumesAt: new Date("2026-12-03T09:15:00Z"),
          },
        ],
      }),
    );
    expect(html).toContain("refuses our configuration (validation_error: The &lt;b&gt;example.org&lt;/b&gt; domain is not verified)");
    expect(html).toContain("sending resumes by itself");
  });

  it("renders nothing while sending is not paused", () => {
    expect(renderToStaticMarkup(createElement(SendingPausedBanner, { pauses: [] }))).toBe("");
  });
});
