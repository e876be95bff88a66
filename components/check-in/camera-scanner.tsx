"use client";
// The camera view: asks for the back camera, reads QR codes from it about 8 times a second and hands
// each text to onCode (the parent drops repeats). When the camera cannot be used — no secure origin,
// no camera, permission refused — it says why and offers the manual search one tap away.
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createQrReader } from "@/lib/check-in/qr-detector";

type CameraState = { kind: "starting" } | { kind: "running"; reader: "native" | "jsqr" } | { kind: "unavailable"; message: string };

const SCAN_INTERVAL_MS = 120;

function explain(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : "";
  if (name === "NotAllowedError" || name === "SecurityError")
    return "Camera access was refused. Allow the camera for this site in the browser's settings, then reload — or find people by name.";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError")
    return "No camera was found on this device.";
  if (name === "NotReadableError") return "The camera is in use by another app. Close it and reload this page.";
  return "The camera could not be started.";
}

type Props = { onCode: (text: string) => void; onSearchInstead: () => void };

export function CameraScanner({ onCode, onSearchInstead }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>({ kind: "starting" });
  const [visible, setVisible] = useState(true);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });

  // Release the camera while the page is hidden (phone locked, app switched).
  useEffect(() => {
    const update = () => setVisible(document.visibilityState === "visible");
    document.addEventListener("visibilitychange", update);
    return () => document.removeEventListener("visibilitychange", update);
  }, []);

  useEffect(() => {
    if (!visible) return;
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setState({
          kind: "unavailable",
          message: window.isSecureContext
            ? "This browser cannot use the camera."
            : "The camera works only over a secure (https) connection, and this page was opened without one.",
        });
        return;
      }
      setState({ kind: "starting" });
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          audio: false,
          video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 } },
        });
      } catch (err) {
        if (!stopped) setState({ kind: "unavailable", message: explain(err) });
        return;
      }
      const el = video.current;
      if (stopped || !el) {
        for (const t of stream.getTracks()) t.stop();
        return;
      }
      el.srcObject = stream;
      await el.play().catch(() => {});
      const reader = await createQrReader().catch(() => null);
      if (stopped) return;
      if (!reader) return setState({ kind: "unavailable", message: "This browser cannot read QR codes from the camera." });
      setState({ kind: "running", reader: reader.kind });
      const tick = async () => {
        if (stopped) return;
        const text = await reader.read(el).catch(() => null);
        if (text && !stopped) onCodeRef.current(text);
        timer = setTimeout(tick, SCAN_INTERVAL_MS);
      };
      void tick();
    })();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      for (const t of stream?.getTracks() ?? []) t.stop();
    };
  }, [visible]);

  if (state.kind === "unavailable") {
    return (
      <Alert tone="warning" className="space-y-3 text-base">
        <p className="font-semibold">Camera unavailable</p>
        <p>{state.message}</p>
        <p>You can still type or scan a code below, or find the person by name.</p>
        <Button type="button" size="lg" className="w-full" onClick={onSearchInstead}>
          Search by name instead
        </Button>
      </Alert>
    );
  }
  return (
    <div
      className="relative mx-auto aspect-square w-full max-w-sm overflow-hidden rounded-xl bg-zinc-900"
      data-reader={state.kind === "running" ? state.reader : undefined}
    >
      <video ref={video} muted playsInline aria-label="Camera view for scanning tickets" className="h-full w-full object-cover" />
      {/* The aiming square: where the ticket's QR should sit. */}
      <div aria-hidden="true" className="pointer-events-none absolute inset-[18%] rounded-lg border-4 border-white/80" />
      <p className="absolute inset-x-0 bottom-0 bg-black/55 px-3 py-1.5 text-center text-sm text-white">
        {state.kind === "starting" ? "Starting the camera…" : "Hold the ticket's QR code inside the square"}
      </p>
    </div>
  );
}
