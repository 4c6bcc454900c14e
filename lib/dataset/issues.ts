// A problem found in content, located precisely enough for an editor to fix it.
export type Issue = { file: string; line?: number; field?: string; message: string };

export function formatIssue(i: Issue): string {
  const where = i.line === undefined ? i.file : `${i.file}:${i.line}`;
  return i.field ? `${where}: ${i.field}: ${i.message}` : `${where}: ${i.message}`;
}

export class ContentError extends Error {
  constructor(public readonly issues: Issue[]) {
    super(`${issues.length} problem(s) found:\n` + issues.map(formatIssue).join("\n"));
    this.name = "ContentError";
  }
}
