"use client";

import { useEffect, useState } from "react";
import { formatAccessed, type AccessedForm } from "@/lib/format/csl";
import { today } from "@/lib/format/date";

// The few parts of a server-rendered citation that belong to the reader: the access date and, when the site was
// built without SITE_URL, the origin. Without JavaScript the build's values stay.
export function AccessedDate({ form, builtOn }: { form: AccessedForm; builtOn: string }) {
  const [date, setDate] = useState(builtOn);
  useEffect(() => setDate(today()), []);
  return <>{formatAccessed(form, date)}</>;
}

export function ReaderOrigin() {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  return <>{origin}</>;
}

// Copies the text of the element `target` as the reader sees it; shown once JavaScript has loaded.
export function CopyButton({
  target,
  label,
  done,
  describedBy,
}: {
  target: string;
  label: string;
  done: string;
  describedBy: string;
}) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  const copy = async () => {
    await navigator.clipboard.writeText(document.getElementById(target)!.innerText);
    setCopied(true);
  };
  return (
    <button type="button" onClick={copy} aria-describedby={describedBy} className="no-print">
      {copied ? done : label}
    </button>
  );
}
