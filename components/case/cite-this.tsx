"use client";

import { useEffect, useState } from "react";
import { CITATION_FORMATS, today, type CitationFormat, type CitationInput } from "@/lib/format/citation";

type Labels = Record<CitationFormat, string> & {
  copy: string;
  copied: string;
  accessedNote: string;
  permalink: string;
  colon: string;
  updated: string;
};
type Props = {
  input: Omit<CitationInput, "accessed" | "url">;
  path: string;
  siteUrl: string | null;
  builtOn: string;
  labels: Labels;
};

// The permanent URL and the citations. The origin is SITE_URL; when the site was built without it, the reader's own
// origin is used in the browser (never localhost), and the server HTML carries the path alone.
// The access date is the reader's today; the server HTML carries the build date until the page hydrates.
export function CiteThis({ input, path, siteUrl, builtOn, labels }: Props) {
  const [accessed, setAccessed] = useState(builtOn);
  const [origin, setOrigin] = useState(siteUrl ?? "");
  const [copied, setCopied] = useState<CitationFormat | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setAccessed(today());
    if (!siteUrl) setOrigin(window.location.origin);
    setReady(true);
  }, [siteUrl]);
  const url = `${origin}${path}`;
  const copy = async (format: CitationFormat, text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(format);
  };
  return (
    <div className="cite-this">
      <p>
        {labels.permalink}
        {labels.colon}
        <a href={url} data-testid="permalink">
          {url}
        </a>{" "}
        · {labels.updated}
      </p>
      <p className="muted">{labels.accessedNote}</p>
      {(Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => {
        const text = CITATION_FORMATS[format]({ ...input, url, accessed });
        return (
          <div key={format} className="citation" data-format={format}>
            <h3 id={`cite-${format}`}>{labels[format]}</h3>
            <pre tabIndex={0} aria-labelledby={`cite-${format}`}>
              <code data-testid={`citation-${format}`}>{text}</code>
            </pre>
            {/* Copying needs JavaScript, so the button appears once it has loaded. */}
            {ready && (
              <button
                type="button"
                onClick={() => copy(format, text)}
                aria-describedby={`cite-${format}`}
                className="no-print"
              >
                {copied === format ? labels.copied : labels.copy}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
