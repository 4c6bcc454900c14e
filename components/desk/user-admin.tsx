"use client";
import { useState } from "react";
import { ChoiceField, type Choice } from "./choice-field";
import { colon } from "@/lib/format/punct";
import { problemsOf, send, type FieldProblem } from "./send";
import { useHydrated } from "./hydrated";
import type { Locale } from "@/lib/i18n/routing";

type Props = { t: Record<string, string>; roles: { value: string; label: string }[] };

// An admin invites someone by a one-time link, shown here once; the person chooses their own password with it.
export function InviteUser({ t, roles, locales, locale }: Props & { locales: Choice[]; locale: Locale }) {
  const ready = useHydrated();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [made, setMade] = useState<{ email: string; url: string; until: string } | null>(null);
  const [copied, setCopied] = useState(false);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const r = await send("POST", "/api/desk/invites", {
      email: f.get("email"),
      name: f.get("name"),
      role: f.get("role"),
      locale: f.get("locale"),
    });
    if (r.status !== 200) return setProblems(problemsOf(r));
    setProblems([]);
    setCopied(false);
    const until = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en", {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(String(r.body.expiresAt)));
    setMade({ email: String(f.get("email")), url: `${window.location.origin}${String(r.body.path)}`, until });
    form.reset();
  }
  async function copy() {
    if (!made) return;
    await navigator.clipboard?.writeText(made.url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }
  return (
    <form className="desk-form" onSubmit={submit} aria-label={t.invite}>
      {problems.length > 0 && (
        <ul className="desk-error" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p.field ? `${p.field}${colon(locale)}${p.message}` : p.message}</li>
          ))}
        </ul>
      )}
      {made && (
        <div className="desk-ok" role="status">
          <p>{(t.linkReady ?? "").replace("{email}", made.email).replace("{date}", made.until)}</p>
          <p>
            <input
              className="desk-link"
              readOnly
              value={made.url}
              aria-label={t.linkReady?.replace("{email}", made.email).replace("{date}", made.until)}
              onFocus={(e) => e.currentTarget.select()}
            />{" "}
            <button type="button" onClick={copy}>
              {copied ? t.copied : t.copy}
            </button>
          </p>
        </div>
      )}
      <div className="desk-grid">
        <label>
          {t.email}
          <input name="email" type="email" required autoComplete="off" />
        </label>
        <label>
          {t.name}
          <input name="name" required autoComplete="off" />
        </label>
        <ChoiceField label={t.role} name="role" choices={roles} />
        <ChoiceField label={t.linkLocale} name="locale" choices={locales} />
      </div>
      <button type="submit" disabled={!ready}>
        {t.create}
      </button>
    </form>
  );
}

export function RevokeInvite({ id, t }: { id: number; t: Record<string, string> }) {
  const ready = useHydrated();
  const [done, setDone] = useState(false);
  const [message, setMessage] = useState("");
  async function revoke() {
    const r = await send("DELETE", "/api/desk/invites", { id });
    if (r.status === 200) setDone(true);
    else setMessage(String(r.body.message ?? r.status));
  }
  return done ? (
    <span role="status">{t.revoked}</span>
  ) : (
    <>
      <button type="button" onClick={revoke} disabled={!ready}>
        {t.revoke}
      </button>{" "}
      <span role="status">{message}</span>
    </>
  );
}

export function UserRole({
  email,
  role,
  disabled,
  t,
  roles,
}: { email: string; role: string; disabled: boolean } & Props) {
  const ready = useHydrated();
  const [state, setState] = useState({ role, disabled });
  const [message, setMessage] = useState("");
  async function save() {
    const r = await send("PATCH", "/api/desk/users", { email, ...state });
    setMessage(r.status === 200 ? "✓" : String(r.body.message ?? r.status));
  }
  return (
    <span className="desk-inline">
      <select
        aria-label={`${t.role}: ${email}`}
        value={state.role}
        onChange={(e) => setState({ ...state, role: e.target.value })}
      >
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>{" "}
      <label className="inline">
        <input
          type="checkbox"
          checked={state.disabled}
          onChange={(e) => setState({ ...state, disabled: e.target.checked })}
        />{" "}
        {t.disable}
      </label>{" "}
      <button type="button" onClick={save} disabled={!ready}>
        {t.save}
      </button>{" "}
      <span role="status">{message}</span>
    </span>
  );
}
