"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { Issue } from "@/lib/problems/issues";
import { send } from "./send";
import { useHydrated } from "./hydrated";
import { SourceEditor, type SourceHandle } from "./source-editor";
import { SourcePane, type Side } from "./source-pane";
import { LOCALES, type Locale } from "@/lib/i18n/routing";

type Texts = Record<Locale, string>;
export type Pick = { label: string; snippet: string };
type Props = {
  id: number;
  slug: string;
  version: number;
  texts: Texts;
  issues: Issue[];
  t: Record<string, string>;
  langNames: Record<Locale, string>;
  pickers: { figure: Pick[]; term: Pick[]; cite: Pick[] };
  // Each language's preview, drawn on the server; it stands next to its source.
  previews: Record<Locale, ReactNode>;
};

// Both languages side by side; saves by itself shortly after typing, checks on every save, and never overwrites a newer version.
export function DraftEditor(p: Props) {
  const ready = useHydrated();
  const router = useRouter();
  const [texts, setTexts] = useState<Texts>(p.texts);
  const [issues, setIssues] = useState<Issue[]>(p.issues);
  const [state, setState] = useState<"saved" | "saving" | "unsaved" | "error">("saved");
  const [error, setError] = useState("");
  const [shown, setShown] = useState(p.version);
  const [conflict, setConflict] = useState<(Texts & { version: number }) | null>(null);
  const [target, setTarget] = useState<Locale>("zh");
  const [submitProblem, setSubmitProblem] = useState("");
  const version = useRef(p.version);
  const latest = useRef(texts);
  const dirty = useRef(false);
  const inflight = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const editors = { zh: useRef<SourceHandle>(null), en: useRef<SourceHandle>(null) };
  const [sides, setSides] = useState<Record<Locale, Side>>({ zh: "source", en: "source" });
  latest.current = texts;

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current || inflight.current) {
        e.preventDefault();
        e.returnValue = p.t.leaveWarning;
      }
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [p.t.leaveWarning]);

  function schedule(ms = 800) {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(save, ms);
  }

  function edit(lang: Locale, value: string) {
    setTexts((t) => ({ ...t, [lang]: value }));
    latest.current = { ...latest.current, [lang]: value };
    dirty.current = true;
    setState("unsaved");
    schedule();
  }

  async function save() {
    if (inflight.current || blocked.current || !dirty.current) return;
    inflight.current = true;
    dirty.current = false;
    setState("saving");
    const r = await send("PUT", `/api/desk/drafts/${p.id}`, { ...latest.current, version: version.current });
    inflight.current = false;
    if (r.status === 200) {
      version.current = r.body.version as number;
      setShown(version.current);
      setIssues(r.body.issues as Issue[]);
      setState(dirty.current ? "unsaved" : "saved");
      router.refresh();
      if (dirty.current) schedule(200);
    } else if (r.status === 409 && r.body.stored) {
      dirty.current = true;
      blocked.current = true;
      setConflict(r.body.stored as Texts & { version: number });
      setState("unsaved");
    } else {
      dirty.current = true;
      setError(String(r.body.message ?? r.status));
      setState("error");
    }
  }

  function resolve(keepMine: boolean) {
    if (!conflict) return;
    version.current = conflict.version;
    blocked.current = false;
    setConflict(null);
    if (keepMine) {
      dirty.current = true;
      void save();
    } else {
      dirty.current = false;
      setTexts({ zh: conflict.zh, en: conflict.en });
      latest.current = { zh: conflict.zh, en: conflict.en };
      setShown(conflict.version);
      setState("saved");
      router.refresh();
    }
  }

  function goTo(lang: Locale, line: number) {
    // On a phone the source may be behind its tab: show it first, then jump once it is laid out.
    setSides((x) => ({ ...x, [lang]: "source" }));
    requestAnimationFrame(() => editors[lang].current?.goTo(line));
  }

  function insert(snippet: string) {
    if (snippet) editors[target].current?.insert(snippet);
  }

  async function submit() {
    const r = await send("POST", `/api/desk/drafts/${p.id}/submit`, {});
    if (r.status === 200) window.location.reload();
    else setSubmitProblem(String(r.body.message ?? r.status));
  }

  const fileOf = (file: string): Locale | undefined => LOCALES.find((l) => file === `content/cases/${p.slug}/${l}.mdx`);
  const status = {
    saved: (p.t.saved ?? "").replace("{version}", String(shown)),
    saving: p.t.saving,
    unsaved: p.t.unsaved,
    error: (p.t.failed ?? "").replace("{message}", error),
  }[state];

  return (
    <div className="desk-editor">
      <p className={`desk-save desk-save-${state}`} role="status" aria-live="polite">
        {status}
      </p>
      {conflict && (
        <div className="desk-conflict" role="alert">
          <h2>{p.t.conflictTitle}</h2>
          <p>
            {(p.t.conflictText ?? "")
              .replace("{mine}", String(version.current))
              .replace("{stored}", String(conflict.version))}
          </p>
          <div className="desk-columns">
            {LOCALES.map((l) => (
              <div key={l}>
                <h3>
                  {(p.t.stored ?? "").replace("{version}", String(conflict.version))} · {p.langNames[l]}
                </h3>
                <pre className="desk-stored">{conflict[l]}</pre>
                <h3>
                  {p.t.yours} · {p.langNames[l]}
                </h3>
                <pre className="desk-yours">{texts[l]}</pre>
              </div>
            ))}
          </div>
          <button type="button" onClick={() => resolve(false)}>
            {p.t.useStored}
          </button>{" "}
          <button type="button" onClick={() => resolve(true)}>
            {(p.t.keepMine ?? "").replace("{version}", String(conflict.version))}
          </button>
        </div>
      )}
      <section className="desk-checks" aria-labelledby="desk-checks-title">
        <h2 id="desk-checks-title">
          {p.t.checks}
          {p.t.colon}
          {issues.length === 0
            ? p.t.checksOk
            : ((issues.length === 1 ? p.t.checksCountOne : p.t.checksCount) ?? "").replace(
                "{count}",
                String(issues.length),
              )}
        </h2>
        <ul>
          {issues.map((i, n) => {
            const lang = fileOf(i.file);
            const where = (p.t.line ?? "")
              .replace("{file}", lang ? p.langNames[lang] : i.file)
              .replace("{line}", String(i.line ?? "–"));
            return (
              <li key={n} data-line={i.line} data-file={lang ?? i.file}>
                {lang && i.line ? (
                  <button type="button" className="link" onClick={() => goTo(lang, i.line!)}>
                    {where}
                  </button>
                ) : (
                  <span>{where}</span>
                )}
                {p.t.colon}
                {i.message}
              </li>
            );
          })}
        </ul>
      </section>
      <div className="desk-pickers" role="toolbar" aria-label={p.t.insert}>
        <label>
          {p.t.insertInto}{" "}
          <select value={target} onChange={(e) => setTarget(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {p.langNames[l]}
              </option>
            ))}
          </select>
        </label>
        {(["figure", "term", "cite"] as const).map((k) => (
          <PickerSelect key={k} label={p.t[k]!} insertLabel={p.t.insert!} picks={p.pickers[k]} onInsert={insert} />
        ))}
      </div>
      {LOCALES.map((l) => (
        <SourcePane
          key={l}
          lang={l}
          text={texts[l]}
          editor={editors[l]}
          shown={sides[l]}
          onShow={(side) => setSides((x) => ({ ...x, [l]: side }))}
          t={{
            tabs: (p.t.tabs ?? "").replace("{lang}", p.langNames[l]),
            source: p.t.sourceTab ?? "",
            preview: p.t.previewTab ?? "",
          }}
          source={
            <SourceEditor
              ref={editors[l]}
              lang={l}
              label={(p.t.source ?? "").replace("{lang}", p.langNames[l])}
              value={texts[l]}
              onFocus={() => setTarget(l)}
              onChange={(v) => edit(l, v)}
            />
          }
          preview={p.previews[l]}
        />
      ))}
      <p>
        <button type="button" onClick={submit} disabled={!ready || issues.length > 0 || state !== "saved"}>
          {p.t.submit}
        </button>{" "}
        {(issues.length > 0 || state !== "saved") && <span className="muted">{p.t.submitBlocked}</span>}
        {submitProblem && (
          <span className="desk-error" role="alert">
            {submitProblem}
          </span>
        )}
      </p>
    </div>
  );
}

function PickerSelect({
  label,
  insertLabel,
  picks,
  onInsert,
}: {
  label: string;
  insertLabel: string;
  picks: Pick[];
  onInsert: (s: string) => void;
}) {
  const [value, setValue] = useState("");
  return (
    <span className="desk-picker">
      <label>
        {label}{" "}
        <select value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="">—</option>
          {picks.map((pk) => (
            <option key={pk.snippet} value={pk.snippet}>
              {pk.label}
            </option>
          ))}
        </select>
      </label>{" "}
      <button type="button" onClick={() => onInsert(value)} disabled={!value} aria-label={`${insertLabel}: ${label}`}>
        {insertLabel}
      </button>
    </span>
  );
}
