"use client";
import { useState } from "react";
import { ChoiceField } from "./choice-field";
import { problemsOf, send, type FieldProblem } from "./send";

type Props = { t: Record<string, string>; roles: { value: string; label: string }[] };

// An admin adds a user with a first password, which they pass on in person.
export function InviteUser({ t, roles }: Props) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const r = await send("POST", "/api/desk/users", { email: f.get("email"), name: f.get("name"), role: f.get("role"), password: f.get("password") });
    if (r.status === 200) window.location.reload();
    else setProblems(problemsOf(r));
  }
  return (
    <form className="desk-form" onSubmit={submit} aria-label={t.invite}>
      {problems.length > 0 && (
        <ul className="desk-error" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p.field ? `${p.field}: ${p.message}` : p.message}</li>
          ))}
        </ul>
      )}
      <div className="desk-grid">
        <label>
          {t.email}
          <input name="email" type="email" required autoComplete="off" />
        </label>
        <label>
          {t.name}
          <input name="name" required />
        </label>
        <ChoiceField label={t.role} name="role" choices={roles} />
        <label>
          {t.password}
          <input name="password" type="password" minLength={10} required autoComplete="new-password" />
        </label>
      </div>
      <button type="submit">{t.create}</button>
    </form>
  );
}

export function UserRole({ email, role, disabled, t, roles }: { email: string; role: string; disabled: boolean } & Props) {
  const [state, setState] = useState({ role, disabled });
  const [message, setMessage] = useState("");
  async function save() {
    const r = await send("PATCH", "/api/desk/users", { email, ...state });
    setMessage(r.status === 200 ? "✓" : String(r.body.message ?? r.status));
  }
  return (
    <span className="desk-inline">
      <select aria-label={`${t.role}: ${email}`} value={state.role} onChange={(e) => setState({ ...state, role: e.target.value })}>
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>{" "}
      <label className="inline">
        <input type="checkbox" checked={state.disabled} onChange={(e) => setState({ ...state, disabled: e.target.checked })} /> {t.disable}
      </label>{" "}
      <button type="button" onClick={save}>
        {t.save}
      </button>{" "}
      <span role="status">{message}</span>
    </span>
  );
}
