"use client";

import { useEffect, useState, type ReactNode } from "react";
import type { Level, Theme } from "@/lib/themes";

export type FilterItem = { slug: string; title: string; province: string; level: Level; themes: Theme[]; start: number; end: number; drop: number | null; updated: string };
type Option = { value: string; label: string };
type Labels = { province: string; level: string; themes: string; year: string; sort: string; any: string; shown: string; reset: string; sortTitle: string; sortStart: string; sortDrop: string; sortUpdated: string; none: string };
type Props = { items: FilterItem[]; cards: Record<string, ReactNode>; provinces: Option[]; levels: Option[]; themes: Option[]; years: number[]; labels: Labels };
type State = { province: string; level: string; themes: string[]; year: string; sort: string };

const EMPTY: State = { province: "", level: "", themes: [], year: "", sort: "title" };

function fromUrl(): State {
  const q = new URLSearchParams(window.location.search);
  return { province: q.get("province") ?? "", level: q.get("level") ?? "", themes: (q.get("theme") ?? "").split(",").filter(Boolean), year: q.get("year") ?? "", sort: q.get("sort") ?? "title" };
}

function toUrl(s: State): string {
  const q = new URLSearchParams();
  if (s.province) q.set("province", s.province);
  if (s.level) q.set("level", s.level);
  if (s.themes.length) q.set("theme", s.themes.join(","));
  if (s.year) q.set("year", s.year);
  if (s.sort !== "title") q.set("sort", s.sort);
  const str = q.toString().replace(/%2C/g, ",");
  return str ? `?${str}` : window.location.pathname;
}

// Filters and sort live in the URL; without JavaScript every card is listed.
export function CaseFilters({ items, cards, provinces, levels, themes, years, labels }: Props) {
  const [s, setS] = useState<State>(EMPTY);
  useEffect(() => setS(fromUrl()), []);
  const update = (patch: Partial<State>) => {
    const next = { ...s, ...patch };
    setS(next);
    window.history.replaceState(null, "", toUrl(next));
  };
  const shown = items
    .filter((i) => (!s.province || i.province === s.province) && (!s.level || i.level === s.level) && s.themes.every((t) => i.themes.includes(t as Theme)) && (!s.year || (i.start <= Number(s.year) && Number(s.year) <= i.end)))
    .sort((a, b) =>
      s.sort === "start" ? a.start - b.start : s.sort === "drop" ? (b.drop ?? -Infinity) - (a.drop ?? -Infinity) : s.sort === "updated" ? b.updated.localeCompare(a.updated) : a.title.localeCompare(b.title),
    );
  const select = (key: "province" | "level" | "year" | "sort", label: string, options: Option[], any = true) => (
    <label>
      {label}{" "}
      <select name={key} value={s[key]} onChange={(e) => update({ [key]: e.target.value })}>
        {any && <option value="">{labels.any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        {select("province", labels.province, provinces)}
        {select("level", labels.level, levels)}
        {select("year", labels.year, years.map((y) => ({ value: String(y), label: String(y) })))}
        {select("sort", labels.sort, [
          { value: "title", label: labels.sortTitle },
          { value: "start", label: labels.sortStart },
          { value: "drop", label: labels.sortDrop },
          { value: "updated", label: labels.sortUpdated },
        ], false)}
        <fieldset>
          <legend>{labels.themes}</legend>
          {themes.map((t) => (
            <label key={t.value} className="theme-option">
              <input type="checkbox" name="theme" value={t.value} checked={s.themes.includes(t.value)} onChange={(e) => update({ themes: e.target.checked ? [...s.themes, t.value] : s.themes.filter((x) => x !== t.value) })} /> {t.label}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => update(EMPTY)}>
          {labels.reset}
        </button>
      </form>
      <p aria-live="polite" data-testid="cases-shown">
        {labels.shown.replace("{count}", String(shown.length))}
      </p>
      {shown.length === 0 && <p>{labels.none}</p>}
      <div className="card-grid">
        {shown.map((i) => (
          <div key={i.slug}>{cards[i.slug]}</div>
        ))}
      </div>
    </>
  );
}
