"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// False in the server's HTML, true once React runs in the browser: the desk's script-driven buttons stay
// disabled until then, so a click before the page is ready is not silently lost (or sent as a bare GET).
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
