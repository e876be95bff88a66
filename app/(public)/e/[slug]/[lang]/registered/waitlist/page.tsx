// Where a registration posted without JavaScript lands when a full event's waitlist took it (303
// from the action): like ../page.tsx, a static render per event and language, served from the cache.
import type { Metadata } from "next";
import { translator } from "@/lib/i18n/translator";
import { localeOf, RegisteredView } from "../registered-view";

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params;
  return { title: translator(await localeOf(slug, lang), "public")("form.waitlistTitle") };
}

export default async function RegisteredWaitlistPage({ params }: Props) {
  const { slug, lang } = await params;
  return <RegisteredView slug={slug} lang={lang} waitlisted />;
}
