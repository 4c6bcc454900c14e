// The desk's roles; one list, used by the CLI, the forms and every permission check.
export const ROLES = ["editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(v: unknown): v is Role {
  return typeof v === "string" && (ROLES as readonly string[]).includes(v);
}

export const canReview = (role: string) => role === "reviewer" || role === "admin";
export const canAdminister = (role: string) => role === "admin";
