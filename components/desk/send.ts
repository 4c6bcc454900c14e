// The desk's one way to call its API: same-origin JSON (the browser adds the Origin header the server checks).
export type Sent = { status: number; body: Record<string, unknown> };

export async function send(method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body: unknown): Promise<Sent> {
  // The server words problems and refusals in the page's language.
  const locale = document.documentElement.lang.startsWith("zh") ? "zh" : "en";
  const res = await fetch(url, {
    method,
    headers: { "Content-Type": "application/json", "X-Desk-Locale": locale },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
}

export type FieldProblem = { field: string; message: string };
export const problemsOf = (s: Sent): FieldProblem[] =>
  (s.body.problems as FieldProblem[] | undefined) ?? [
    { field: "", message: String(s.body.message ?? `HTTP ${s.status}`) },
  ];
