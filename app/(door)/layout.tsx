// Door pages (the check-in and the door staff's list of events) live outside the dashboard: door staff
// may use them, and the dashboard layout refuses door staff. No session check here: each page checks
// the session and the event itself.
export const dynamic = "force-dynamic";

export default function DoorLayout({ children }: { children: React.ReactNode }) {
  return <div className="flex min-h-dvh flex-col">{children}</div>;
}
