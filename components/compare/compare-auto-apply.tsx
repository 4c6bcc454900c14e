"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

// With JavaScript, a change in the compare form applies at once, as ?regions=a,b&indicator=x.
export function CompareAutoApply() {
  const ref = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const apply = () => {
      const fd = new FormData(form);
      const regions = [...fd.getAll("regions"), fd.get("add")].filter(
        (v): v is string => typeof v === "string" && v !== "",
      );
      const q = new URLSearchParams({ regions: regions.join(","), indicator: String(fd.get("indicator") ?? "") });
      router.push(`${form.getAttribute("action")}?${q.toString().replace(/%2C/g, ",")}`, { scroll: false });
    };
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      apply();
    };
    form.addEventListener("change", apply);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("change", apply);
      form.removeEventListener("submit", onSubmit);
    };
  }, [router]);
  return <span ref={ref} hidden />;
}
