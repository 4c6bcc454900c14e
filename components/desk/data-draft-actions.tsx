"use client";
import { useState } from "react";
import type { Issue } from "@/lib/problems/issues";
import { send } from "./send";
import { useHydrated } from "./hydrated";

type Props = { id: number; issues: Issue[]; empty: boolean; t: Record<string, string> };

// A data change's checks (the page reloads them after every row) and its submit button; there is no text to save.
export function DataDraftActions({ id, issues, empty, t }: Props) {
  const ready = useHydrated();
  const [problem, setProblem] = useState("");
  async function submit() {
    const r = await send("POST", `/api/desk/drafts/${id}/submit`, {});
    if (r.status === 200) window.location.reload();
    else setProblem(String(r.body.message ?? r.status));
  }
  const blocked = issues.length > 0 || empty;
  return (
    <div className="desk-editor">
      <section className="desk-checks" aria-labelledby="desk-checks-title">
        <h2 id="desk-checks-title">
          {t.checks}
          {t.colon}
          {issues.length === 0
            ? t.checksOk
            : ((issues.length === 1 ? t.checksCountOne : t.checksCount) ?? "").replace(
                "{count}",
                String(issues.length),
              )}
        </h2>
        <ul>
          {issues.map((i, n) => (
            <li key={n} data-line={i.line} data-file={i.file}>
              <span>{(t.checksFile ?? "").replace("{file}", i.file).replace("{line}", String(i.line ?? "–"))}</span>
              {t.colon}
              {i.message}
            </li>
          ))}
        </ul>
      </section>
      <p>
        <button type="button" onClick={submit} disabled={!ready || blocked}>
          {t.submit}
        </button>{" "}
        {blocked && <span className="muted">{empty ? t.noRows : t.submitBlocked}</span>}
        {problem && (
          <span className="desk-error" role="alert">
            {problem}
          </span>
        )}
      </p>
    </div>
  );
}
