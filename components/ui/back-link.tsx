// The way back up from a page to the one it belongs to ("← Participants").
import Link from "next/link";

export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="break-words text-brand-600 underline-offset-2 hover:underline">
        ← {children}
      </Link>
    </p>
  );
}
