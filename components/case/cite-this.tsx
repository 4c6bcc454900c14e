"use client";

import { useEffect, useState } from "react";
import { CITATION_FORMATS, today, type CitationFormat, type CitationInput } from "@/lib/format/citation";

type Props = { input: Omit<CitationInput, "accessed">; builtOn: string; labels: Record<CitationFormat, string> & { copy: string; copied: string; accessedNote: string } };

// The access date is the reader's today; the server HTML carries the build date until the page hydrates.
export function CiteThis({ input, builtOn, labels }: Props) {
  const [accessed, setAccessed] = useState(builtOn);
  const [copied, setCopied] = useState<CitationFormat | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setAccessed(today());
    setReady(true);
  }, []);
  const copy = async (format: CitationFormat, text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(format);
  };
  return (
    <div className="cite-this">
      <p className="muted">{labels.accessedNote}</p>
      {(Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => {
        const text = CITATION_FORMATS[format]({ ...input, accessed });
        return (
          <div key={format} className="citation" data-format={format}>
            <h3 id={`cite-${format}`}>{labels[format]}</h3>
            <pre tabIndex={0} aria-labelledby={`cite-${format}`}>
              <code data-testid={`citation-${format}`}>{text}</code>
            </pre>
            {/* Copying needs JavaScript, so the button appears once it has loaded. */}
            {ready && (
            <button type="button" onClick={() => copy(format, text)} aria-describedby={`cite-${format}`} className="no-print">
              {copied === format ? labels.copied : labels.copy}
            </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
