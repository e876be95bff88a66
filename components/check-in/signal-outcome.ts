// A short vibration and tone per verdict, so staff looking at the guest rather than the screen still
// notice a refusal. Both are best-effort: browsers without them, or that block audio, stay silent.
let audio: AudioContext | undefined;

export function signalOutcome(kind: "good" | "warn" | "bad") {
  try {
    navigator.vibrate?.(kind === "good" ? 60 : [180, 80, 180]);
  } catch {}
  try {
    audio ??= new AudioContext();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = kind === "good" ? 880 : kind === "warn" ? 520 : 220;
    gain.gain.value = 0.08;
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + (kind === "good" ? 0.12 : 0.35));
  } catch {}
}
