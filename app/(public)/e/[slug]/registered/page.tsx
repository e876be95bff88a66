// Where a registration posted without JavaScript lands (303 from the action): a small page with no
// database query, rendered once per event and then served from the cache. A refresh shows it again
// and posts nothing. The address is not in the URL: it would end up in logs and browser history.
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Registered" };

// No paths at build time; each one is rendered on its first visit and cached.
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export default async function RegisteredPage({ params }: Props) {
  const { slug } = await params;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-6 sm:py-12">
      <Alert tone="success" className="text-base">
        <p className="font-semibold">Thank you — you are registered.</p>
        <p className="mt-1">
          We sent a confirmation to your email address. If it does not arrive in a few minutes, check your spam folder.
        </p>
      </Alert>
      <p className="mt-6">
        <Link href={`/e/${encodeURIComponent(slug.slice(0, 80))}`} className="text-brand-700 underline">
          Back to the event
        </Link>
      </p>
    </main>
  );
}
