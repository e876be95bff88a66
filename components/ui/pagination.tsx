// Previous / next links for server-side paging (?page=N).
import Link from "next/link";
import { useTranslations } from "next-intl";

type Props = {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label: string;
  previousText?: string;
  nextText?: string;
};

const linkClass = "inline-flex h-10 items-center rounded-md border border-zinc-300 bg-white px-4 text-sm font-medium hover:bg-zinc-100";

export function Pagination({ page, pageCount, href, label, previousText, nextText }: Props) {
  const t = useTranslations("dashboard.pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          {previousText ?? t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-zinc-600">{t("page", { page, pageCount })}</p>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {nextText ?? t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
