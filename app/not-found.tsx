import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-3 text-zinc-600">The page you are looking for does not exist. Check the link you were given.</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        Go to the start page
      </Link>
    </main>
  );
}
