"use client";
import { useRef, useState } from "react";
import { send } from "./send";
import { useHydrated } from "./hydrated";

// What approving will publish, named in the confirmation: the draft's title and slug and the files its commit will touch.
type Publishes = { title: string; slug: string; files: string[] };
// version: the draft as this page shows it; approval names it, so a draft changed since is refused (409).
type Props = { id: number; version: number; canDecide: boolean; publishes?: Publishes; t: Record<string, string> };
type Issue = { file: string; line?: number; field?: string; message: string };

// Comment, request changes, or approve (which publishes); every answer from the server is shown as it is.
export function ReviewActions({ id, version, canDecide, publishes, t }: Props) {
  const ready = useHydrated();
  const [body, setBody] = useState("");
  const [message, setMessage] = useState("");
  const [issues, setIssues] = useState<Issue[]>([]);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
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
          <button
            type="button"
            disabled={!ready || busy || !body.trim()}
            onClick={() => act("request-changes", { body })}
          >
            {t.requestChanges}
          </button>
          {/* Publishing stands apart from the other answers and asks first: it commits to the repository. */}
          <div className="desk-decide">
            <button
              type="button"
              className="desk-primary"
              disabled={!ready || busy}
              onClick={() => dialog.current?.showModal()}
            >
              {t.approve}
            </button>
          </div>
          <dialog
            ref={dialog}
            className="desk-confirm"
            aria-labelledby={`desk-confirm-title-${id}`}
            aria-describedby={`desk-confirm-text-${id}`}
          >
            <h2 id={`desk-confirm-title-${id}`}>{t.confirmTitle}</h2>
            <p id={`desk-confirm-text-${id}`}>
              {(t.confirmText ?? "")
                .replace("{title}", publishes?.title ?? "")
                .replace("{slug}", publishes?.slug ?? "")
                .replace("{count}", String(publishes?.files.length ?? 0))}
            </p>
            <ul className="desk-confirm-files">
              {publishes?.files.map((f) => (
                <li key={f}>
                  <code>{f}</code>
                </li>
              ))}
            </ul>
            <form method="dialog" className="desk-confirm-buttons">
              {/* Cancel first and focused first: the safe answer is the default. */}
              <button type="submit" value="cancel" autoFocus>
                {t.cancel}
              </button>
              <button
                type="button"
                className="desk-primary"
                disabled={busy}
                onClick={() => {
                  dialog.current?.close();
                  void act("approve", { version });
                }}
              >
                {t.confirm}
              </button>
            </form>
          </dialog>
        </>
      )}
      {message && (
        <div className="desk-error" role="alert">
          <p>{issues.length ? t.refused : message}</p>
          {issues.length > 0 && (
            <ul>
              {issues.map((i, n) => (
                <li
                  key={n}
                >{`${i.file}${i.line ? `:${i.line}` : ""}${t.colon}${i.field ? `${i.field}${t.colon}` : ""}${i.message}`}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
