"use client";
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import type { Mounted } from "./codemirror";
import type { Locale } from "@/lib/i18n/routing";

export type SourceHandle = {
  goTo: (line: number) => void;
  insert: (snippet: string) => void;
  topLine: () => number;
  scrollToLine: (line: number) => void;
  scroller: () => HTMLElement | null;
};

type Props = {
  lang: Locale;
  label: string;
  value: string;
  onChange: (v: string) => void;
  onFocus: () => void;
  ref?: Ref<SourceHandle>;
};

// A plain textarea in the server's HTML (it works without JavaScript); once the browser has loaded CodeMirror, the code editor takes its place.
export function SourceEditor({ lang, label, value, onChange, onFocus, ref }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const cm = useRef<Mounted | null>(null);
  const [enhanced, setEnhanced] = useState(false);
  // The latest callbacks and value, read by the editor without remounting it.
  const latest = useRef({ value, onChange, onFocus });
  latest.current = { value, onChange, onFocus };
  const htmlLang = lang === "zh" ? "zh-CN" : "en";

  useEffect(() => {
    let gone = false;
    void import("./codemirror").then(({ mountEditor }) => {
      if (gone || !host.current) return;
      cm.current = mountEditor({
        parent: host.current,
        value: latest.current.value,
        label,
        lang: htmlLang,
        onChange: (v) => latest.current.onChange(v),
        onFocus: () => latest.current.onFocus(),
      });
      setEnhanced(true);
    });
    return () => {
      gone = true;
      cm.current?.destroy();
      cm.current = null;
    };
  }, [label, htmlLang]);

  // A value set from outside (the stored version chosen after a conflict) reaches the editor.
  useEffect(() => cm.current?.setValue(value), [value]);

  useImperativeHandle(ref, () => ({
    goTo(line) {
      if (cm.current) return cm.current.goTo(line);
      const a = area.current;
      if (!a) return;
      const lines = a.value.split("\n");
      const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
      a.focus();
      a.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
      a.scrollTop = Math.max(0, (line - 3) * lineHeight(a));
    },
    insert(snippet) {
      if (cm.current) return cm.current.insert(snippet);
      const a = area.current;
      if (!a) return;
      const [s, e] = [a.selectionStart, a.selectionEnd];
      latest.current.onChange(a.value.slice(0, s) + snippet + a.value.slice(e));
      requestAnimationFrame(() => {
        a.focus();
        a.setSelectionRange(s + snippet.length, s + snippet.length);
      });
    },
    topLine: () =>
      cm.current ? cm.current.topLine() : Math.floor((area.current?.scrollTop ?? 0) / lineHeight(area.current)) + 1,
    scrollToLine(line) {
      if (cm.current) return cm.current.scrollToLine(line);
      if (area.current) area.current.scrollTop = (line - 1) * lineHeight(area.current);
    },
    scroller: () => (cm.current ? cm.current.view.scrollDOM : area.current),
  }));

  return (
    <div className="desk-source" data-editor={enhanced ? "codemirror" : "textarea"}>
      {enhanced ? (
        <>
          <span className="desk-source-label">{label}</span>
          {/* The value as a form field, as the textarea posted it; hidden, since the code editor is what people use. */}
          <textarea hidden readOnly name={lang} data-source={lang} value={value} />
        </>
      ) : (
        <label htmlFor={`desk-source-${lang}`} className="desk-source-label">
          {label}
        </label>
      )}
      {!enhanced && (
        <textarea
          id={`desk-source-${lang}`}
          ref={area}
          name={lang}
          data-source={lang}
          value={value}
          lang={htmlLang}
          spellCheck={false}
          rows={28}
          onFocus={onFocus}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <div ref={host} className="desk-cm" />
    </div>
  );
}

const lineHeight = (a: HTMLTextAreaElement | null) => (a ? parseFloat(getComputedStyle(a).lineHeight) || 20 : 20);
