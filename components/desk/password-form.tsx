"use client";
import { useState } from "react";
import { send } from "./send";

// The user's own password change.
export function PasswordForm({ t }: { t: Record<string, string> }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const r = await send("POST", "/api/desk/password", {
      currentPassword: f.get("current"),
      newPassword: f.get("new"),
    });
    if (r.status === 200) form.reset();
    const problems = (r.body.problems as { field: string; message: string }[] | undefined)
      ?.map((p) => `${p.field}: ${p.message}`)
      .join("; ");
    setMessage(
      r.status === 200
        ? { ok: true, text: t.saved ?? "" }
        : { ok: false, text: (t.failed ?? "").replace("{message}", problems ?? String(r.body.message ?? r.status)) },
    );
  }
  return (
    // method="post": before the script runs, a submit must never put passwords in the address.
    <form className="desk-form" method="post" action="/api/desk/password" onSubmit={submit}>
      {message && (
        <p className={message.ok ? "desk-ok" : "desk-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      <label>
        {t.current}
        <input type="password" name="current" autoComplete="current-password" required />
      </label>
      <label>
        {t.new}
        <input type="password" name="new" autoComplete="new-password" minLength={10} required />
      </label>
      <button type="submit">{t.save}</button>
    </form>
  );
}
