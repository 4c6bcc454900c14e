import "server-only";
import type { Messages, NamespaceKeys, NestedKeyOf } from "next-intl";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./routing";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

// Every public page (and its metadata) opens the same way: the URL's locale, checked (404 otherwise), set for static
// rendering, and the page's messages. Returns the route's other params as they are.
export async function openPage<P extends { locale: string }, N extends Namespace>(params: Promise<P>, namespace: N) {
  const p = await params;
  if (!isLocale(p.locale)) notFound();
  const locale: Locale = p.locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace });
  return { ...p, locale, t };
}
