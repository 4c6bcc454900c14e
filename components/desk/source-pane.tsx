"use client";
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import { useHydrated } from "./hydrated";
import { useMedia } from "./media";
import { mapPosition, pairAnchors, sourceAnchors, type Anchor } from "./scroll-sync";
import type { SourceHandle } from "./source-editor";
import type { Locale } from "@/lib/i18n/routing";

// The width from which source and preview stand side by side (1280 px); CSS in desk.css uses the same 80rem.
export const WIDE = "(min-width: 80rem)";

export type Side = "source" | "preview";
type Props = {
  lang: Locale;
  text: string;
  editor: RefObject<SourceHandle | null>;
  source: ReactNode;
  preview: ReactNode;
  shown: Side;
  onShow: (s: Side) => void;
  t: { tabs: string; source: string; preview: string };
};

// One language's source and preview: side by side on a wide screen, scrolled together by section; tabs on a narrow one.
export function SourcePane({ lang, text, editor, source, preview, shown, onShow: setShown, t }: Props) {
  const ready = useHydrated();
  const wide = useMedia(WIDE);
  const tabs = ready && !wide;
  const sourceBox = useRef<HTMLDivElement>(null);
  const previewBox = useRef<HTMLDivElement>(null);
  const tabRefs = { source: useRef<HTMLButtonElement>(null), preview: useRef<HTMLButtonElement>(null) };
  const textRef = useRef(text);
  textRef.current = text;

  useEffect(() => {
    const src = sourceBox.current;
    const pre = previewBox.current;
    if (!wide || !src || !pre) return;
    // A scroll this code caused is not answered, so the two sides never chase each other: the preview's by the position set,
    // the editor's (which CodeMirror performs a frame later, once it has measured) for a moment.
    const echo = { preview: -1, sourceUntil: 0 };
    const pairs = () => {
      const top = pre.getBoundingClientRect().top - pre.scrollTop;
      const ids: Anchor[] = [...pre.querySelectorAll<HTMLElement>(".prose [id]")]
        .filter((e) => /^H[1-6]$/.test(e.tagName))
        .map((e) => ({ id: e.id, at: e.getBoundingClientRect().top - top }));
      return pairAnchors(
        sourceAnchors(textRef.current),
        ids,
        [1, 0],
        [textRef.current.split("\n").length, pre.scrollHeight],
      );
    };
    const fromSource = (e: Event) => {
      const el = e.target as HTMLElement;
      if (!editor.current || el !== editor.current.scroller()) return;
      if (performance.now() < echo.sourceUntil) return;
      const before = pre.scrollTop;
      pre.scrollTop = Math.max(0, mapPosition(pairs(), editor.current.topLine(), 0) - 8);
      if (pre.scrollTop !== before) echo.preview = pre.scrollTop;
    };
    const fromPreview = () => {
      if (Math.abs(pre.scrollTop - echo.preview) < 2) return void (echo.preview = -1);
      if (!editor.current) return;
      echo.sourceUntil = performance.now() + 120;
      editor.current.scrollToLine(Math.round(mapPosition(pairs(), pre.scrollTop + 8, 1)));
    };
    // Scroll events do not bubble, but a capturing listener hears the editor's own scroller, textarea or CodeMirror.
    src.addEventListener("scroll", fromSource, { capture: true, passive: true });
    pre.addEventListener("scroll", fromPreview, { passive: true });
    return () => {
      src.removeEventListener("scroll", fromSource, { capture: true });
      pre.removeEventListener("scroll", fromPreview);
    };
  }, [wide, editor]);

  const onKey = (e: KeyboardEvent) => {
    const next = { ArrowRight: "preview", ArrowLeft: "source", Home: "source", End: "preview" }[e.key] as
      "source" | "preview" | undefined;
    const to = e.key === "ArrowRight" || e.key === "ArrowLeft" ? (shown === "source" ? "preview" : "source") : next;
    if (!to) return;
    e.preventDefault();
    setShown(to);
    tabRefs[to].current?.focus();
  };
  const tab = (k: "source" | "preview") => (
    <button
      ref={tabRefs[k]}
      type="button"
      role="tab"
      id={`desk-tab-${lang}-${k}`}
      aria-controls={`desk-panel-${lang}-${k}`}
      aria-selected={shown === k}
      tabIndex={shown === k ? 0 : -1}
      onClick={() => setShown(k)}
      onKeyDown={onKey}
    >
      {t[k]}
    </button>
  );
  const panel = (k: "source" | "preview") =>
    tabs
      ? {
          role: "tabpanel",
          id: `desk-panel-${lang}-${k}`,
          "aria-labelledby": `desk-tab-${lang}-${k}`,
          hidden: shown !== k,
        }
      : {};

  return (
    <div className="desk-pane" data-lang={lang} data-layout={tabs ? "tabs" : "columns"}>
      {tabs && (
        <div role="tablist" aria-label={t.tabs} className="desk-tabs">
          {tab("source")}
          {tab("preview")}
        </div>
      )}
      <div ref={sourceBox} className="desk-pane-source" {...panel("source")}>
        {source}
      </div>
      <div ref={previewBox} className="desk-pane-preview" {...panel("preview")}>
        {preview}
      </div>
    </div>
  );
}
