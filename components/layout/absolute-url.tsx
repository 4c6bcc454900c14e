"use client";

import { useEffect, useState } from "react";

// An absolute URL of this site: SITE_URL when the build had one, otherwise the reader's own origin (never localhost
// from the build machine); the server HTML then carries the path alone.
export function AbsoluteUrl({ path, siteUrl }: { path: string; siteUrl: string | null }) {
  const [origin, setOrigin] = useState(siteUrl ?? "");
  useEffect(() => {
    if (!siteUrl) setOrigin(window.location.origin);
  }, [siteUrl]);
  return <>{`${origin}${path}`}</>;
}
