import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Footer" });
  return (
    <footer className="site-footer">
      <p>{t("licence")}</p>
      <p>
        <Link href="/about">{t("about")}</Link> · <Link href="/changelog">{t("changelog")}</Link>
      </p>
    </footer>
  );
}
