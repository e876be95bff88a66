// The per-event proof-of-work setting (events.registration_challenge), importable by client
// components (registration-challenge.ts itself is server-only).
export const CHALLENGE_MODES = ["off", "automatic", "always"] as const;
export type ChallengeMode = (typeof CHALLENGE_MODES)[number];

/** Registration posts per minute to one event above which "automatic" asks for the proof of work. */
export const RUSH_PER_MINUTE = 30;
