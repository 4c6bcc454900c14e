"use client";
import { useSyncExternalStore } from "react";

// Whether a media query matches, kept current; false in the server's HTML, where CSS alone does the layout.
export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const m = window.matchMedia(query);
      m.addEventListener("change", onChange);
      return () => m.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
