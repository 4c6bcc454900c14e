import { getTranslations } from "next-intl/server";
import { getEvents } from "@/lib/data/queries";
import type { Event } from "@/lib/data/types";
import type { Locale } from "@/lib/i18n/routing";
import { formatPartialDate } from "@/lib/format/date";

type Shared = { locale: Locale; sourceNumber: (id: string) => number; sourceHref?: (id: string) => string };

// The region's dated events, each with its source, from the store.
export async function Timeline({ region, ...rest }: Shared & { region: string }) {
  return <TimelineList events={await getEvents(region)} {...rest} />;
}

// Events as given (already in date order): the public page passes the store's, the desk's preview the store's plus a draft's.
export async function TimelineList({
  events,
  locale,
  sourceNumber,
  sourceHref = (id) => `#source-${id}`,
}: Shared & { events: Event[] }) {
  const t = await getTranslations({ locale, namespace: "Case" });
  if (!events.length) return <p className="muted">{t("timelineEmpty")}</p>;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={`${e.date}-${e.label.en}`} data-kind={e.kind}>
          <time dateTime={e.date}>{formatPartialDate(e.date, locale)}</time>{" "}
          <span>
            {e.label[locale]}{" "}
            <sup className="cite">
              <a href={sourceHref(e.source)}>[{sourceNumber(e.source)}]</a>
            </sup>
          </span>
        </li>
      ))}
    </ol>
  );
}
