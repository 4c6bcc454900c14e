import { redirect } from "next/navigation";
import { routing } from "@/lib/i18n/routing";

// The proxy picks the language from Accept-Language; this is the fallback when it does not run.
export default function RootPage() {
  redirect(`/${routing.defaultLocale}`);
}
