import { Activity, type ReactNode } from "react";

// Server-rendered HTML that React hydrates after the page's frame, in slices that leave the main thread free between
// them: a visible <Activity> is hydrated at idle priority, a few milliseconds at a time, and at once where a reader
// clicks into it. Unlike a Suspense boundary it never streams: its HTML is in place, in order, for readers without
// JavaScript. The HTML, the RSC payload and what works without JavaScript are as they would be without it.
export function HydrateLater({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}
