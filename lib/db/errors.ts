/** Whether a database error is a unique violation (optionally of one named constraint or index). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  // drizzle wraps the driver's error in `cause`.
  const e = ((err as { cause?: unknown })?.cause ?? err) as { code?: string; constraint_name?: string };
  return e?.code === "23505" && (!constraint || e.constraint_name === constraint);
}
