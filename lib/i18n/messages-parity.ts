import type en from "../../messages/en.json";
import type zh from "../../messages/zh.json";

// Type-level check: a key present in one language and missing in the other fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const messagesMatch: Same<typeof en, typeof zh> = true;
