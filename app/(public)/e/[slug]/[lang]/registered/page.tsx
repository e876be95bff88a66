// Where a registration posted without JavaScript lands (303 from the action): a small page with no
// database query of its own (the layout's event lookup is cached), rendered once per event and
// language and then served from the cache. A refresh shows it again and posts nothing. The address
// is not in the URL: it would end up in logs and browser history.
import type { Metadata } from "next";
import { translator } from "@/lib/i18n/translator";
import { localeOf, RegisteredView } from "./registered-view";

// No paths at build time; each one is rendered on its first visit and cached.
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params;
  return { title: translator(await localeOf(slug, lang), "public")("form.registeredTitle") };
}

export default async function RegisteredPage({ params }: Props) {
  const { slug, lang } = await params;
  return <RegisteredView slug={slug} lang={lang} waitlisted={false} />;
}
