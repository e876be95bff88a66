// The slug as typed in the address, or null when it cannot be one (too long, broken %-escapes).
export function decodeSlug(slug: string): string | null {
  if (slug.length > 80) return null;
  try {
    return decodeURIComponent(slug);
  } catch {
    return null;
  }
}
