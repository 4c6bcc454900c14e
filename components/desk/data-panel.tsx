"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { atPath, fromPaths } from "@/lib/dataset/domain";
import type { DraftRow } from "@/lib/schemas/desk";
import { send } from "./send";
import { useHydrated } from "./hydrated";

type Option = { value: string; label: string };
export type FieldSpec = { name: string; options?: Option[]; wide?: boolean };
type Kind = "sources" | "observations" | "events";
type Props = {
  id: number;
  editable: boolean;
  pending: Record<Kind, DraftRow[]>;
  forms: Record<Kind, FieldSpec[]>;
  t: Record<string, string>;
};
type Problem = { row?: number; field: string; message: string };
type BatchResult = {
  issues: { line?: number; field?: string; message: string }[];
  added: Record<string, string>[];
  changed: { row: Record<string, string>; changes: { column: string; from: string; to: string }[] }[];
  unchanged: number;
  lines: string[];
  applied?: number;
};

const KINDS: Kind[] = ["sources", "observations", "events"];
const ADD: Record<Kind, string> = { sources: "addSource", observations: "addObservation", events: "addEvent" };

// The draft's pending rows in the domain shape, a form per CSV file (fields from db:build's schemas, named by domain path:
// label.zh, titleEn), and a CSV batch with data:import's diff.
export function DataPanel({ id, editable, pending, forms, t }: Props) {
  return (
    <section className="desk-data" aria-labelledby="desk-data-title">
      <h2 id="desk-data-title">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {KINDS.map((kind) => (
        <div key={kind} className="desk-data-kind">
          <h3>{t[kind]}</h3>
          <RowList
            id={id}
            kind={kind}
            rows={pending[kind]}
            columns={forms[kind].map((f) => f.name)}
            editable={editable}
            t={t}
          />
          {editable && <RowForm id={id} kind={kind} fields={forms[kind]} t={t} />}
        </div>
      ))}
      {editable && <Batch id={id} t={t} />}
    </section>
  );
}

function RowList({
  id,
  kind,
  rows,
  columns,
  editable,
  t,
}: {
  id: number;
  kind: Kind;
  rows: DraftRow[];
  columns: string[];
  editable: boolean;
  t: Record<string, string>;
}) {
  const ready = useHydrated();
  const router = useRouter();
  if (!rows.length) return <p className="muted">{t.none}</p>;
  return (
    <div className="desk-scroll">
      <table className="desk-table" data-kind={kind}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
            {editable && <th />}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>{String(atPath(r, c) ?? "")}</td>
              ))}
              {editable && (
                <td>
                  <button
                    type="button"
                    disabled={!ready}
                    onClick={async () =>
                      (await send("DELETE", `/api/desk/drafts/${id}/rows`, { kind, index: i })).status === 200 &&
                      router.refresh()
                    }
                  >
                    {t.remove}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowForm({ id, kind, fields, t }: { id: number; kind: Kind; fields: FieldSpec[]; t: Record<string, string> }) {
  const ready = useHydrated();
  const router = useRouter();
  const [problems, setProblems] = useState<Problem[]>([]);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const row = fromPaths(Object.fromEntries(fields.map((x) => [x.name, String(f.get(x.name) ?? "")])));
    const r = await send("POST", `/api/desk/drafts/${id}/rows`, { kind, rows: [row] });
    if (r.status === 200) {
      setProblems([]);
      form.reset();
      router.refresh();
    } else setProblems((r.body.problems as Problem[]) ?? [{ field: "", message: String(r.body.message) }]);
  }
  const problemOf = (name: string) => problems.find((p) => p.field === name);
  return (
    <details className="desk-row-form">
      <summary>{t[ADD[kind]]}</summary>
      <form onSubmit={submit} aria-label={t[ADD[kind]]}>
        {problems.length > 0 && (
          <p className="desk-error" role="alert">
            {t.invalid} {problems.map((p) => `${p.field}${t.colon}${p.message}`).join(t.clause)}
          </p>
        )}
        <div className="desk-grid">
          {fields.map((x) => {
            const problem = problemOf(x.name);
            const errId = `${kind}-${x.name}-error`;
            const common = {
              id: `${kind}-${x.name}`,
              name: x.name,
              "aria-invalid": !!problem,
              "aria-describedby": problem ? errId : undefined,
            };
            return (
              <div key={x.name} className={x.wide ? "desk-field wide" : "desk-field"}>
                <label htmlFor={`${kind}-${x.name}`}>{x.name}</label>
                {x.options ? (
                  <select {...common}>
                    {x.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input {...common} />
                )}
                {problem && (
                  <span id={errId} className="desk-field-error">
                    {problem.message}
                  </span>
                )}
              </div>
            );
          })}
        </div>
        <button type="submit" disabled={!ready}>
          {t.add}
        </button>
      </form>
    </details>
  );
}

function Batch({ id, t }: { id: number; t: Record<string, string> }) {
  const ready = useHydrated();
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [result, setResult] = useState<BatchResult | null>(null);
  const [message, setMessage] = useState("");
  async function run(apply: boolean) {
    const r = await send("POST", `/api/desk/drafts/${id}/batch`, { csv, apply });
    if (r.status !== 200) return setMessage(String(r.body.message ?? r.status));
    const res = r.body as unknown as BatchResult;
    setResult(res);
    setMessage(apply && res.applied !== undefined ? (t.applied ?? "").replace("{count}", String(res.applied)) : "");
    if (apply) router.refresh();
  }
  return (
    <details className="desk-row-form">
      <summary>{t.batch}</summary>
      <p className="muted">{t.batchIntro}</p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label={t.batch}
        onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? "")}
      />
      <textarea value={csv} onChange={(e) => setCsv(e.target.value)} rows={5} aria-label="CSV" spellCheck={false} />
      <button type="button" onClick={() => run(false)} disabled={!ready || !csv}>
        {t.preview}
      </button>
      {message && <p role="status">{message}</p>}
      {result && (
        <div className="desk-batch" aria-live="polite">
          {result.issues.length > 0 ? (
            <ul className="desk-error">
              {result.issues.map((i, n) => (
                <li
                  key={n}
                >{`${i.line ? `${(t.line ?? "").replace("{line}", String(i.line))}${t.colon}` : ""}${i.field ? `${i.field}${t.colon}` : ""}${i.message}`}</li>
              ))}
            </ul>
          ) : (
            <>
              <pre>{result.lines.join("\n")}</pre>
              <p>
                {[
                  (t.added ?? "").replace("{count}", String(result.added.length)),
                  (t.changed ?? "").replace("{count}", String(result.changed.length)),
                  (t.unchanged ?? "").replace("{count}", String(result.unchanged)),
                ].join(t.list)}
              </p>
              {result.applied === undefined && result.added.length + result.changed.length > 0 && (
                <button type="button" onClick={() => run(true)}>
                  {t.apply}
                </button>
              )}
            </>
          )}
        </div>
      )}
    </details>
  );
}
