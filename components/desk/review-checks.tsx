import { getTranslations } from "next-intl/server";
import type { Issue } from "@/lib/problems/issues";
import { colon } from "@/lib/format/punct";
import type { Locale } from "@/lib/i18n/routing";

type Props = { issues: Issue[]; version: number; locale: Locale; langOf: (file: string) => string | undefined };

// What content:check says about the version under review, so the reviewer does not approve a draft that fails it.
export async function ReviewChecks({ issues, version, locale, langOf }: Props) {
  const t = await getTranslations({ locale, namespace: "Desk" });
  const sep = colon(locale);
  return (
    <section
      className={`desk-checks desk-review-checks ${issues.length ? "desk-checks-fail" : "desk-checks-pass"}`}
      aria-labelledby="desk-review-checks-title"
      data-problems={issues.length}
    >
      <h3 id="desk-review-checks-title">
        {t("review.checksOf", { version })}
        {sep}
        {issues.length === 0
          ? t("editor.checksOk")
          : issues.length === 1
            ? t.raw("editor.checksCountOne")
            : (t.raw("editor.checksCount") as string).replace("{count}", String(issues.length))}
      </h3>
      {issues.length > 0 && (
        <ul>
          {issues.map((i, n) => (
            <li key={n} data-line={i.line} data-file={i.file}>
              {(t.raw("editor.line") as string)
                .replace("{file}", langOf(i.file) ?? i.file)
                .replace("{line}", String(i.line ?? "–"))}
              {sep}
              {i.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
