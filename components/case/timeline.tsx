import { getTranslations } from "next-intl/server";
import { getEvents } from "@/lib/data/queries";
import type { Locale } from "@/lib/i18n/routing";
import { formatPartialDate } from "@/lib/format/date";

// The region's dated events, each with its source.
export async function Timeline({ region, locale, sourceNumber }: { region: string; locale: Locale; sourceNumber: (id: string) => number }) {
  const [events, t] = [await getEvents(region), await getTranslations({ locale, namespace: "Case" })];
  if (!events.length) return <p className="muted">{t("timelineEmpty")}</p>;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={`${e.date}-${e.label.en}`} data-kind={e.kind}>
          <time dateTime={e.date}>{formatPartialDate(e.date, locale)}</time>
          <span>
            {e.label[locale]}{" "}
            <sup className="cite">
              <a href={`#source-${e.source}`}>[{sourceNumber(e.source)}]</a>
            </sup>
          </span>
        </li>
      ))}
    </ol>
  );
}
