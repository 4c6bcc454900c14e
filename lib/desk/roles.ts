import { ROLES, type Role } from "../schemas/desk";

// The list itself is a schema's (lib/schemas/desk.ts); the permission checks live here.

export function isRole(v: unknown): v is Role {
  return typeof v === "string" && (ROLES as readonly string[]).includes(v);
}

export const canReview = (role: string) => role === "reviewer" || role === "admin";
export const canAdminister = (role: string) => role === "admin";
