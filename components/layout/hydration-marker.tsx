"use client";

import { useEffect } from "react";

// Sets <html data-hydrated> once React has hydrated the page, so tests wait on the page, not on the network going quiet.
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
