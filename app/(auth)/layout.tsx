// Setup and sign-in: a narrow column with the product name, no dashboard navigation.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center px-4 py-10 sm:py-16">
      <p className="mb-6 text-lg font-bold tracking-tight text-brand-700">EventDesk</p>
      <main id="main" tabIndex={-1} className="w-full max-w-md">
        {children}
      </main>
    </div>
  );
}
