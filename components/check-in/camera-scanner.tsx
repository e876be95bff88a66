"use client";
// The camera view: asks for the back camera, reads QR codes from it about 8 times a second and hands
// each text to onCode (the parent drops repeats). When the camera cannot be used — no secure origin,
// no camera, permission refused — it says why and offers the manual search one tap away.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createQrReader } from "@/lib/check-in/qr-detector";

type CameraState = { kind: "starting" } | { kind: "running"; reader: "native" | "jsqr" } | { kind: "unavailable"; reason: Unavailable };

const SCAN_INTERVAL_MS = 120;

// Why the camera cannot be used: a key of door.camera.
type Unavailable = "refused" | "notFound" | "inUse" | "failed" | "unsupported" | "insecure" | "noQrReader";

function explain(err: unknown): Unavailable {
  const name = err instanceof DOMException || err instanceof Error ? err.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "refused";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError") return "notFound";
  if (name === "NotReadableError") return "inUse";
  return "failed";
}

type Props = { onCode: (text: string) => void; onSearchInstead: () => void };

export function CameraScanner({ onCode, onSearchInstead }: Props) {
  const t = useTranslations("door.camera");
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
        setState({ kind: "unavailable", reason: window.isSecureContext ? "unsupported" : "insecure" });
        return;
      }
      setState({ kind: "starting" });
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          audio: false,
          video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 } },
        });
      } catch (err) {
        if (!stopped) setState({ kind: "unavailable", reason: explain(err) });
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
      if (!reader) return setState({ kind: "unavailable", reason: "noQrReader" });
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
        <p className="font-semibold">{t("unavailable")}</p>
        <p>{t(state.reason)}</p>
        <p>{t("stillPossible")}</p>
        <Button type="button" size="lg" className="w-full" onClick={onSearchInstead}>
          {t("searchInstead")}
        </Button>
      </Alert>
    );
  }
  return (
    <div
      className="relative mx-auto aspect-square w-full max-w-sm overflow-hidden rounded-xl bg-zinc-900"
      data-reader={state.kind === "running" ? state.reader : undefined}
    >
      <video ref={video} muted playsInline aria-label={t("view")} className="h-full w-full object-cover" />
      {/* The aiming square: where the ticket's QR should sit. */}
      <div aria-hidden="true" className="pointer-events-none absolute inset-[18%] rounded-lg border-4 border-white/80" />
      <p className="absolute inset-x-0 bottom-0 bg-black/55 px-3 py-1.5 text-center text-sm text-white">
        {state.kind === "starting" ? t("starting") : t("aim")}
      </p>
    </div>
  );
}
