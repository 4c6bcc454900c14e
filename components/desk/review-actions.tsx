"use client";
import { useState } from "react";
import { send } from "./send";
import { useHydrated } from "./hydrated";

// version: the draft as this page shows it; approval names it, so a draft changed since is refused (409).
type Props = { id: number; version: number; canDecide: boolean; t: Record<string, string> };
type Issue = { file: string; line?: number; field?: string; message: string };

// Comment, request changes, or approve (which publishes); every answer from the server is shown as it is.
export function ReviewActions({ id, version, canDecide, t }: Props) {
  const ready = useHydrated();
  const [body, setBody] = useState("");
  const [message, setMessage] = useState("");
  const [issues, setIssues] = useState<Issue[]>([]);
  const [busy, setBusy] = useState(false);
  async function act(path: string, payload: unknown) {
    setBusy(true);
    const r = await send("POST", `/api/desk/drafts/${id}/${path}`, payload);
    setBusy(false);
    if (r.status === 200) return window.location.reload();
    setMessage(String(r.body.message ?? r.status));
    setIssues((r.body.issues as Issue[]) ?? []);
  }
  return (
    <div className="desk-review-actions">
      <label>
        {t.comment}
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={4} />
      </label>
      <button type="button" disabled={!ready || busy || !body.trim()} onClick={() => act("comments", { body })}>
        {t.addComment}
      </button>{" "}
      {canDecide && (
        <>
          <button type="button" disabled={!ready || busy || !body.trim()} onClick={() => act("request-changes", { body })}>
            {t.requestChanges}
          </button>{" "}
          <button type="button" className="desk-primary" disabled={!ready || busy} onClick={() => act("approve", { version })}>
            {t.approve}
          </button>
        </>
      )}
      {message && (
        <div className="desk-error" role="alert">
          <p>{issues.length ? t.refused : message}</p>
          {issues.length > 0 && (
            <ul>
              {issues.map((i, n) => (
                <li key={n}>{`${i.file}${i.line ? `:${i.line}` : ""}${t.colon}${i.field ? `${i.field}${t.colon}` : ""}${i.message}`}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
