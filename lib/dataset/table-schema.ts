import type { z } from "zod";
import { tableSchemaType } from "../schemas/data";

// Frictionless Table Schema v1 (https://specs.frictionlessdata.io/table-schema/), the part this project writes.
export type FieldConstraints = {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
};
export type TableField = {
  name: string;
  type: "string" | "integer" | "number";
  format?: "uri";
  description?: string;
  constraints?: FieldConstraints;
};

type Shape = Omit<TableField, "name" | "description">;
type Def = {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  in?: z.ZodType;
  out?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
};

// A field the package cannot describe; the message names the file and the column.
export class TableSchemaError extends Error {}

// Each column of a CSV file's zod row schema as a Table Schema field: its type, format and constraints are read from the
// schema itself, so the description of a published file cannot drift from what db:build accepts. An empty cell is a
// missing value (Table Schema's default); the column is required when the schema refuses an empty cell.
export function tableFields(file: string, row: z.ZodObject, omit: readonly string[] = []): TableField[] {
  return Object.entries(row.shape)
    .filter(([name]) => !omit.includes(name))
    .map(([name, schema]) => {
      const at = `${file}: column ${name}`;
      const shape = describe(schema as z.ZodType, at) ?? fail(at, "nothing a Table Schema type can say");
      const constraints = { ...shape.constraints };
      if (!(schema as z.ZodType).safeParse("").success) constraints.required = true;
      return { name, type: shape.type, ...(shape.format && { format: shape.format }), constraints };
    });
}

function describe(schema: z.ZodType, at: string): Shape | null {
  const hint = tableSchemaType.get(schema);
  if (hint) return { type: hint.type };
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case "string":
      return { type: "string", ...stringChecks(def, at) };
    case "number":
      return numberChecks(def, at);
    case "enum":
      return { type: "string", constraints: { enum: Object.values(def.entries ?? {}) } };
    case "literal":
      // The empty literal is a missing value; any other literal would need a one-value enum.
      if (def.values?.length === 1 && def.values[0] === "") return null;
      return fail(at, `a literal other than "" (${JSON.stringify(def.values)})`);
    case "nullable":
    case "optional":
      return describe(def.innerType!, at);
    case "transform":
      return null;
    case "pipe":
      return merge(describe(def.in!, at), describe(def.out!, at), at);
    case "union": {
      const shapes = def.options!.map((o) => describe(o, at)).filter((s): s is Shape => s !== null);
      if (shapes.length > 1) return fail(at, "a union of several types");
      return shapes[0] ?? null;
    }
    default:
      return fail(at, `a zod ${def.type}`);
  }
}

function stringChecks(def: Def, at: string): Omit<Shape, "type"> {
  const constraints: FieldConstraints = {};
  let format: "uri" | undefined;
  if (def.format === "url") format = "uri";
  else if (def.format) fail(at, `the string format ${def.format}`);
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === "min_length") constraints.minLength = c.minimum as number;
    else if (c.check === "max_length") constraints.maxLength = c.maximum as number;
    else if (c.check === "string_format" && c.format === "regex")
      constraints.pattern = wholeValuePattern(c.pattern as RegExp, at);
    else if (c.check === "string_format" && c.format === "url") format = "uri";
    else if (c.check !== "overwrite") fail(at, `the string check ${String(c.check)}`);
  }
  return { ...(format && { format }), constraints };
}

function numberChecks(def: Def, at: string): Shape {
  const constraints: FieldConstraints = {};
  let type: "integer" | "number" = "number";
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === "number_format" && (c.format === "safeint" || c.format === "int32")) type = "integer";
    else if (c.check === "greater_than" && c.inclusive) constraints.minimum = c.value as number;
    else if (c.check === "less_than" && c.inclusive) constraints.maximum = c.value as number;
    else fail(at, `the number check ${String(c.check)}`);
  }
  return { type, constraints };
}

// Both sides of a pipe constrain the same cell: the text before a transform, the value after it.
function merge(a: Shape | null, b: Shape | null, at: string): Shape | null {
  if (!a || !b) return a ?? b;
  if (a.type !== b.type) return fail(at, `a pipe from ${a.type} to ${b.type}`);
  const format = a.format ?? b.format;
  return { type: a.type, ...(format && { format }), constraints: { ...a.constraints, ...b.constraints } };
}

// The zod pattern as it is, anchored: Table Schema means a pattern to match the whole value, which Python's frictionless
// does by anchoring it, while tableschema-js searches (new RegExp(p).exec), so only ^…$ means the same to both.
function wholeValuePattern(re: RegExp, at: string): string {
  if (re.flags) fail(at, `a pattern with flags (/${re.source}/${re.flags})`);
  if (!re.source.startsWith("^") || !re.source.endsWith("$"))
    fail(at, `a pattern not anchored by ^…$ (/${re.source}/)`);
  return re.source;
}

function fail(at: string, what: string): never {
  throw new TableSchemaError(`${at}: the data package cannot describe ${what}; extend lib/dataset/table-schema.ts`);
}
