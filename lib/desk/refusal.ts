import { issueMessage, type IssueCode, type IssueParams } from "../problems/issues";

// A refusal a desk route turns into its HTTP status: `error` is the short reason for programs,
// `code` and `params` the problem text (messages Issues) that the desk words in its own language.
export class DeskRefusal extends Error {
  constructor(
    public status: number,
    public error: string,
    public code: IssueCode,
    public params: IssueParams = {},
    public extra: Record<string, unknown> = {},
  ) {
    super(issueMessage(code, params));
  }
}
