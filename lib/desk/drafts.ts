import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { issue, issueMessage } from "../problems/issues";
import { readDataset } from "../dataset/load-dataset";
import { domainPath, flatten, nest } from "../dataset/domain";
import { eventRow, observationRow, sourceRow } from "../schemas/data";
import type { DataKind, DraftKind, DraftPending, DraftRow, NewCaseInput, NewDataInput } from "../schemas/desk";
import { audit } from "./audit";
import { deskDb } from "./db";
import { csvRows, readPending } from "./draft-data";
import { draftTitle } from "./draft-title";
import { inspectDraft } from "./inspect";
import type { DraftInput } from "./materialize";
import { isReservedSlug } from "../schemas/slug";
import { buildNewCase, planDraftRegion, type FieldProblem } from "./new-case";
import { newPublishToken, publishLocked, type PublishResult } from "./publish";
import { recoverLocked } from "./recover";
import { RepoBusy, withRepoLock } from "./repo-lock";
import { DeskRefusal } from "./refusal";
import { repoDir } from "./repo";
import { canReview } from "./roles";
import type { DeskUser } from "./session";

export const EDITABLE = ["draft", "changes_requested"] as const;
export type DeskDraft = NonNullable<Awaited<ReturnType<typeof getDraft>>>;

export async function getDraft(id: number) {
  const d = await deskDb.draft.findUnique({
    where: { id },
    include: {
      author: { select: { id: true, name: true, email: true } },
      comments: { include: { author: { select: { name: true, email: true } } }, orderBy: { id: "asc" } },
    },
  });
  return d ? { ...d, kind: d.kind as DraftKind, pending: readPending(d.data) } : null;
}

// What materialize, inspect and publish need from a stored draft: its rows cross the CSV boundary here.
export const draftInput = (d: {
  kind: string;
  slug: string;
  zh: string;
  en: string;
  pending: DraftPending;
}): DraftInput => ({ kind: d.kind as DraftKind, slug: d.slug, zh: d.zh, en: d.en, data: csvRows(d.pending) });

export async function listDrafts() {
  return deskDb.draft.findMany({
    orderBy: { updatedAt: "desc" },
    include: { author: { select: { name: true, email: true } } },
  });
}

const invalid = (problems: FieldProblem[]) => new DeskRefusal(422, "invalid", "refuseInvalid", {}, { problems });

export async function createDraft(user: DeskUser, draft: NewCaseInput | NewDataInput): Promise<{ id: number }> {
  if ("kind" in draft && draft.kind === "data") return createDataDraft(user, draft);
  const input = draft as NewCaseInput;
  const repo = repoDir();
  const { dataset } = readDataset(path.join(repo, "content/data"), repo);
  if (isReservedSlug(input.slug))
    throw invalid([{ field: "slug", message: issueMessage("reservedSlug", { slug: input.slug }) }]);
  if (fs.existsSync(path.join(repo, "content/cases", input.slug)))
    throw invalid([{ field: "slug", message: issueMessage("caseExists", { slug: input.slug }) }]);
  if (await deskDb.draft.findFirst({ where: { kind: "case", slug: input.slug, status: { not: "published" } } }))
    throw invalid([{ field: "slug", message: issueMessage("draftOpen", { slug: input.slug }) }]);
  const built = buildNewCase(
    input,
    dataset.regions.map((r) => r.row),
    new Date().toISOString().slice(0, 10),
  );
  if (Array.isArray(built)) throw invalid(built);
  const data: DraftPending = { region: built.region, sources: [], observations: [], events: [] };
  const d = await deskDb.draft.create({
    data: { slug: input.slug, authorId: user.id, zh: built.zh, en: built.en, data: JSON.stringify(data) },
  });
  await audit(user, "draft.create", `draft ${d.id}`, input.slug);
  return { id: d.id };
}

// A data change on its own: no MDX, only rows (and, for a new region, its regions.csv row); several may be open for one region.
async function createDataDraft(user: DeskUser, input: NewDataInput): Promise<{ id: number }> {
  const repo = repoDir();
  const { dataset } = readDataset(path.join(repo, "content/data"), repo);
  const planned = planDraftRegion(
    input,
    dataset.regions.map((r) => r.row),
  );
  if (Array.isArray(planned)) throw invalid(planned);
  const data: DraftPending = { region: planned.region, sources: [], observations: [], events: [] };
  const d = await deskDb.draft.create({
    data: {
      kind: "data",
      slug: input.slug,
      title: input.title,
      authorId: user.id,
      zh: "",
      en: "",
      data: JSON.stringify(data),
    },
  });
  await audit(user, "draft.create", `draft ${d.id}`, `data ${input.slug}: ${input.title}`);
  return { id: d.id };
}

async function editable(user: DeskUser, id: number) {
  const d = await getDraft(id);
  if (!d) throw new DeskRefusal(404, "not-found", "refuseNoDraft", { id });
  if (d.authorId !== user.id) throw new DeskRefusal(403, "not-author", "refuseNotAuthor");
  if (!(EDITABLE as readonly string[]).includes(d.status))
    throw new DeskRefusal(409, "status", "refuseNotEditable", { status: d.status });
  return d;
}

// Saves only on top of the version the editor started from; otherwise 409 with the stored text, so nothing is lost.
export async function saveDraft(user: DeskUser, id: number, input: { zh: string; en: string; version: number }) {
  const d = await editable(user, id);
  if (d.kind === "data") throw new DeskRefusal(409, "data-draft", "refuseDataNoText");
  const { count } = await deskDb.draft.updateMany({
    where: { id, version: input.version },
    data: { zh: input.zh, en: input.en, version: { increment: 1 } },
  });
  if (count === 0) {
    await audit(
      user,
      "draft.save.refused",
      `draft ${id}`,
      `stale: based on version ${input.version}, stored ${d.version}`,
    );
    throw new DeskRefusal(
      409,
      "stale",
      "refuseStale",
      { stored: d.version, yours: input.version },
      { stored: { zh: d.zh, en: d.en, version: d.version } },
    );
  }
  await audit(user, "draft.save", `draft ${id}`, `version ${input.version + 1}`);
  const { issues } = inspectDraft(draftInput({ ...d, zh: input.zh, en: input.en }));
  return { version: input.version + 1, issues };
}

const ROW_SCHEMAS: Record<DataKind, z.ZodObject> = {
  sources: sourceRow,
  observations: observationRow,
  events: eventRow,
};

// Validates domain-shaped rows with db:build's own schema (each error names the form's field, name.zh rather than
// name_zh) and adds them to the draft in the domain shape, kept as typed.
export async function addRows(user: DeskUser, id: number, kind: DataKind, rows: DraftRow[]) {
  const d = await editable(user, id);
  const schema = ROW_SCHEMAS[kind];
  const columns = Object.keys(schema.shape);
  const fields = [...new Set(columns.map((c) => domainPath(kind, c).split(".")[0]!))];
  const problems: { row: number; field: string; message: string }[] = [];
  const clean = rows.map((given, i) => {
    for (const k of Object.keys(given))
      if (!fields.includes(k))
        problems.push({ row: i, field: k, message: issueMessage("unknownRowField", { fields: fields.join(", ") }) });
    const flat = flatten(kind, given);
    const row = Object.fromEntries(columns.map((c) => [c, String(flat[c] ?? "").trim()]));
    const r = schema.safeParse(row);
    if (!r.success)
      for (const iss of r.error.issues)
        problems.push({
          row: i,
          field: iss.path.length ? domainPath(kind, String(iss.path[0])) : "row",
          message: iss.message,
        });
    return nest(kind, row) as DraftRow;
  });
  if (problems.length) throw new DeskRefusal(422, "invalid", "refuseInvalid", {}, { problems });
  const pending = { ...d.pending, [kind]: [...d.pending[kind], ...clean] };
  const { issues } = inspectDraft(draftInput({ ...d, pending }));
  await deskDb.draft.update({ where: { id }, data: { data: JSON.stringify(pending) } });
  await audit(user, "data.add", `draft ${id}`, `${clean.length} ${kind}`);
  return { pending, issues };
}

export async function removeRow(user: DeskUser, id: number, kind: DataKind, index: number) {
  const d = await editable(user, id);
  if (!d.pending[kind][index]) throw new DeskRefusal(404, "not-found", "refuseNoRow", { kind, index });
  const pending = { ...d.pending, [kind]: d.pending[kind].filter((_, i) => i !== index) };
  await deskDb.draft.update({ where: { id }, data: { data: JSON.stringify(pending) } });
  await audit(user, "data.remove", `draft ${id}`, `${kind} row ${index + 1}`);
  return { pending };
}

// Submitting needs a draft that passes every check.
export async function submitDraft(user: DeskUser, id: number) {
  const d = await editable(user, id);
  const { issues, files } = inspectDraft(draftInput(d));
  if (d.kind === "data" && files.length === 0)
    throw new DeskRefusal(
      422,
      "empty",
      "refuseDataEmpty",
      {},
      { problems: [{ field: "data", message: issueMessage("addOneRow") }] },
    );
  if (issues.length) throw new DeskRefusal(422, "checks", "refuseChecks", { count: issues.length }, { issues });
  // A new version on each submission: rows change without one, so this is what an approval names (approveDraft).
  await deskDb.draft.update({
    where: { id },
    data: { status: "submitted", submittedAt: new Date(), version: { increment: 1 } },
  });
  await audit(user, "draft.submit", `draft ${id}`, d.slug);
}

export async function addComment(user: DeskUser, id: number, body: string, kind = "comment") {
  const d = await getDraft(id);
  if (!d) throw new DeskRefusal(404, "not-found", "refuseNoDraft", { id });
  if (d.authorId !== user.id && !canReview(user.role)) throw new DeskRefusal(403, "role", "refuseComment");
  await deskDb.comment.create({ data: { draftId: id, authorId: user.id, body, kind } });
  await audit(user, "comment", `draft ${id}`, body.slice(0, 200));
}

async function reviewable(user: DeskUser, id: number) {
  if (!canReview(user.role)) throw new DeskRefusal(403, "role", "refuseReviewRole");
  const d = await getDraft(id);
  if (!d) throw new DeskRefusal(404, "not-found", "refuseNoDraft", { id });
  if (d.authorId === user.id) throw new DeskRefusal(403, "own-draft", "refuseOwnDraft");
  if (d.status !== "submitted") throw new DeskRefusal(409, "status", "refuseNotSubmitted", { status: d.status });
  return d;
}

export async function requestChanges(user: DeskUser, id: number, body: string) {
  await reviewable(user, id);
  await deskDb.comment.create({ data: { draftId: id, authorId: user.id, body, kind: "changes_requested" } });
  await deskDb.draft.update({ where: { id }, data: { status: "changes_requested", reviewerId: user.id } });
  await audit(user, "draft.request-changes", `draft ${id}`, body.slice(0, 200));
}

// Approval publishes: the files go into the repository as one commit by the author, reviewed by this reviewer.
// `version` is the one the reviewer's page showed: a draft saved or resubmitted since then is not what they read.
// Everything from here runs with the repository lock held (one publication at a time, across processes; another
// process's approval meanwhile is refused as busy): first the recovery of anything a crash left, then the draft
// becomes "publishing" with a fresh token that its commit will carry, then the commit.
export async function approveDraft(user: DeskUser, id: number, version: number): Promise<PublishResult> {
  const d = await reviewable(user, id);
  const changed = () => new DeskRefusal(409, "changed", "refuseDraftChanged", { stored: d.version, yours: version });
  if (d.version !== version) {
    await audit(user, "draft.approve.refused", `draft ${id}`, `read version ${version}, stored ${d.version}`);
    throw changed();
  }
  const repo = repoDir();
  try {
    return await withRepoLock(repo, async (lock) => {
      await recoverLocked(repo, lock);
      // One approval at a time: the draft leaves "submitted" before anything is written, and only at the version read.
      const token = newPublishToken();
      const { count } = await deskDb.draft.updateMany({
        where: { id, status: "submitted", version },
        data: { status: "publishing", publishToken: token, reviewerId: user.id },
      });
      if (count === 0) {
        const now = await deskDb.draft.findUnique({ where: { id }, select: { version: true } });
        if (now && now.version !== version) throw changed();
        throw new DeskRefusal(409, "status", "refusePublishing");
      }
      await audit(user, "draft.approve", `draft ${id}`, d.slug);
      const title = d.kind === "data" ? `Data: ${d.title}` : `Case ${d.slug}: ${draftTitle(d, "en")}`;
      const result = await publishLocked(lock, repo, draftInput(d), d.author, user, title, { draft: id, token }).catch(
        (e: Error) => {
          if (e instanceof RepoBusy) return e;
          return {
            ok: false as const,
            reason: "error",
            issues: [issue({ file: "(publishing)" }, "publishError", { detail: e.message })],
          };
        },
      );
      const actor = { actorId: user.id, actorEmail: user.email, target: `draft ${id}` };
      if (result instanceof RepoBusy || !result.ok) {
        const detail = result instanceof RepoBusy ? "busy" : `${result.reason}: ${result.issues.length} problem(s)`;
        await deskDb.$transaction([
          deskDb.draft.update({ where: { id }, data: { status: "submitted", publishToken: null } }),
          deskDb.auditEvent.create({ data: { ...actor, action: "publish.failed", detail } }),
        ]);
        if (result instanceof RepoBusy) throw result;
        return result;
      }
      await deskDb.$transaction([
        deskDb.draft.update({
          where: { id },
          data: { status: "published", publishedCommit: result.commit, publishedAt: new Date(), publishToken: null },
        }),
        deskDb.auditEvent.create({ data: { ...actor, action: "publish", detail: `commit ${result.commit}` } }),
      ]);
      return result;
    });
  } catch (e) {
    if (e instanceof RepoBusy) throw new DeskRefusal(409, "busy", "refuseBusy");
    throw e;
  }
}
