"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { parseView, viewQuery } from "@/lib/charts/view";

// The control whose change loaded the current view (name "" for the Show button); survives the client navigation,
// which remounts the form.
let changed: { name: string; value: string } | null = null;

// Keys that move through a closed select's options without choosing one.
const BROWSING = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

// With JavaScript, the compare form applies a change without the Show button, as ?regions=a,b&indicator=x (and the
// view's parameters, lib/charts/view.ts):
// a checkbox or a pointer's choice in a select at once; a select browsed with the keyboard only on Enter or when
// focus leaves it, so a keyboard user can look through the options. Focus then returns to the control that changed.
export function CompareAutoApply() {
  const ref = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    if (changed) {
      const { name, value } = changed;
      changed = null;
      const fields = [...form.elements].filter(
        (el): el is HTMLInputElement | HTMLSelectElement =>
          (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.name === name,
      );
      // The same control; for a region added or removed, the add-a-region select, else the added region's box.
      const target =
        (name === "" ? form.querySelector<HTMLButtonElement>("button[type=submit]") : null) ??
        fields.find((el) => el instanceof HTMLSelectElement || el.value === value) ??
        form.querySelector<HTMLSelectElement>("select[name=add]") ??
        form.querySelector<HTMLInputElement>(`input[name=regions][value="${CSS.escape(value)}"]`);
      target?.focus({ preventScroll: true });
    }
    let browsing = false;
    let pending: HTMLSelectElement | null = null;
    const apply = (control: HTMLInputElement | HTMLSelectElement | HTMLButtonElement) => {
      pending = null;
      const fd = new FormData(form);
      const regions = [...fd.getAll("regions"), fd.get("add")].filter(
        (v): v is string => typeof v === "string" && v !== "",
      );
      changed =
        control instanceof HTMLButtonElement ? { name: "", value: "" } : { name: control.name, value: control.value };
      // The view's parameters only where they differ from the default: one URL per view.
      const { view } = parseView(
        Object.fromEntries(["scale", "align", "marks"].map((k) => [k, String(fd.get(k) ?? "")])),
      );
      const q = new URLSearchParams({
        regions: regions.join(","),
        indicator: String(fd.get("indicator") ?? ""),
        ...viewQuery(view),
      });
      router.push(`${form.getAttribute("action")}?${q.toString().replace(/%2C/g, ",")}`, { scroll: false });
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.target instanceof HTMLSelectElement)) return;
      if (e.key === "Enter") {
        e.preventDefault();
        if (pending === e.target) apply(e.target);
      } else browsing = BROWSING.has(e.key) || e.key.length === 1;
    };
    // A pointer's choice applies at once, whatever keys were pressed before it.
    const onPointerDown = () => {
      browsing = false;
    };
    const onChange = (e: Event) => {
      const el = e.target as HTMLInputElement | HTMLSelectElement;
      if (el instanceof HTMLSelectElement && browsing) {
        browsing = false;
        pending = el;
        return;
      }
      apply(el);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (pending && e.target === pending) apply(pending);
    };
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
      const by = e.submitter instanceof HTMLButtonElement ? e.submitter : (pending ?? button);
      if (by) apply(by);
    };
    form.addEventListener("keydown", onKeyDown);
    form.addEventListener("pointerdown", onPointerDown);
    form.addEventListener("change", onChange);
    form.addEventListener("focusout", onFocusOut);
    form.addEventListener("submit", onSubmit);
    // The form now applies changes by itself: tests (and anyone) can wait on this state, not on hydration in general.
    form.dataset.autoApply = "on";
    return () => {
      delete form.dataset.autoApply;
      form.removeEventListener("keydown", onKeyDown);
      form.removeEventListener("pointerdown", onPointerDown);
      form.removeEventListener("change", onChange);
      form.removeEventListener("focusout", onFocusOut);
      form.removeEventListener("submit", onSubmit);
    };
  }, [router]);
  return <span ref={ref} hidden />;
}
