"use client";
import { useState } from "react";
import { ChoiceField } from "./choice-field";
import { problemsOf, send, type FieldProblem } from "./send";
import { colon } from "@/lib/format/punct";
import { SLUG } from "@/lib/schemas/slug";
import { useHydrated } from "./hydrated";

type Option = { value: string; label: string };
type Props = { locale: string; t: Record<string, string>; regions: Option[]; levels: Option[]; themes: Option[] };

// The new-draft form (a case, or a data change on its own): posts to /api/desk/drafts and opens the new draft.
export function NewCaseForm({ locale, t, regions, levels, themes }: Props) {
  const ready = useHydrated();
  const [kind, setKind] = useState<"case" | "data">("case");
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const toggle = (k: string, on: boolean) => setChosen((c) => new Set(on ? [...c, k] : [...c].filter((x) => x !== k)));

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const v = (k: string) => String(f.get(k) ?? "");
    const picked = f.getAll("theme").map(String);
    const region = {
      slug: mode === "existing" ? v("region") : v("slug"),
      newRegion:
        mode === "new"
          ? { zhName: v("zhName"), enName: v("enName"), level: v("level"), parent: v("parent"), adcode: v("adcode") }
          : null,
    };
    const body =
      kind === "data"
        ? { kind, ...region, title: v("data_title") }
        : {
            kind,
            ...region,
            title_zh: v("title_zh"),
            title_en: v("title_en"),
            summary_zh: v("summary_zh"),
            summary_en: v("summary_en"),
            themes: Object.fromEntries(picked.map((k) => [k, { zh: v(`theme_${k}_zh`), en: v(`theme_${k}_en`) }])),
          };
    setBusy(true);
    const r = await send("POST", "/api/desk/drafts", body);
    setBusy(false);
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full page load into the new draft, as a link would do
    if (r.status === 200) window.location.assign(`/${locale}/desk/drafts/${r.body.id}`);
    else setProblems(problemsOf(r));
  }

  return (
    <form className="desk-form" onSubmit={submit}>
      {problems.length > 0 && (
        <div className="desk-error" role="alert">
          <p>{t.problems}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p.field ? `${p.field}${colon(locale === "zh" ? "zh" : "en")}${p.message}` : p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset>
        <legend>{t.kindLegend}</legend>
        <label className="inline">
          <input type="radio" name="kind" checked={kind === "case"} onChange={() => setKind("case")} /> {t.kindCase}
        </label>
        <label className="inline">
          <input type="radio" name="kind" checked={kind === "data"} onChange={() => setKind("data")} /> {t.kindData}
        </label>
        {kind === "data" && <p className="muted">{t.dataIntro}</p>}
      </fieldset>
      <fieldset>
        <legend>{t.regionMode}</legend>
        <label className="inline">
          <input type="radio" name="mode" checked={mode === "existing"} onChange={() => setMode("existing")} />{" "}
          {t.existing}
        </label>
        <label className="inline">
          <input type="radio" name="mode" checked={mode === "new"} onChange={() => setMode("new")} /> {t.new}
        </label>
        {mode === "existing" ? (
          <ChoiceField label={t.region} name="region" choices={regions} />
        ) : (
          <div className="desk-grid">
            <label>
              {t.slug}
              {/* The browser anchors a pattern itself: the schema's pattern without ^ and $. */}
              <input name="slug" required pattern={SLUG.source.slice(1, -1)} />
            </label>
            <label>
              {t.zhName}
              <input name="zhName" required />
            </label>
            <label>
              {t.enName}
              <input name="enName" required />
            </label>
            <ChoiceField label={t.level} name="level" choices={levels} />
            <ChoiceField label={t.parent} name="parent" choices={regions} />
            <label>
              {t.adcode}
              <input name="adcode" inputMode="numeric" />
            </label>
          </div>
        )}
      </fieldset>
      {kind === "data" ? (
        <label>
          {t.dataTitle}
          <input name="data_title" required minLength={3} maxLength={120} />
        </label>
      ) : (
        <>
          <div className="desk-grid">
            <label>
              {t.titleZh}
              <input name="title_zh" required lang="zh-CN" />
            </label>
            <label>
              {t.titleEn}
              <input name="title_en" required lang="en" />
            </label>
            <label>
              {t.summaryZh}
              <textarea name="summary_zh" required rows={3} lang="zh-CN" />
            </label>
            <label>
              {t.summaryEn}
              <textarea name="summary_en" required rows={3} lang="en" />
            </label>
          </div>
          <fieldset>
            <legend>{t.themes}</legend>
            {themes.map((th) => (
              <div key={th.value} className="desk-theme">
                <label className="inline">
                  <input
                    type="checkbox"
                    name="theme"
                    value={th.value}
                    checked={chosen.has(th.value)}
                    onChange={(e) => toggle(th.value, e.target.checked)}
                  />{" "}
                  {th.label}
                </label>
                {chosen.has(th.value) && (
                  <div className="desk-grid">
                    <label>
                      {th.label} · {t.themeZh}
                      <input name={`theme_${th.value}_zh`} lang="zh-CN" required />
                    </label>
                    <label>
                      {th.label} · {t.themeEn}
                      <input name={`theme_${th.value}_en`} lang="en" required />
                    </label>
                  </div>
                )}
              </div>
            ))}
          </fieldset>
        </>
      )}
      <button type="submit" disabled={!ready || busy}>
        {kind === "data" ? t.createData : t.create}
      </button>
    </form>
  );
}
