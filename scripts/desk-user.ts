import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import { createUser } from "../lib/desk/users";
import { newUserInput, ROLES } from "../lib/schemas/desk";

// `npm run desk:user -- add <email> --role <editor|reviewer|admin> [--name …]`; the password is asked for, or read from stdin.
const { values, positionals } = parseArgs({
  options: { role: { type: "string" }, name: { type: "string" } },
  allowPositionals: true,
});
const fail = (msg: string): never => {
  console.error(`desk:user: ${msg}`);
  process.exit(1);
};
const [command, email] = positionals;
if (command !== "add" || !email || positionals.length !== 2)
  fail(`expected: npm run desk:user -- add <email> --role <${ROLES.join("|")}> [--name "…"]`);

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, "");
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: readline echoes through _writeToOutput.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.startsWith("Password")) process.stdout.write(s);
  };
  const pw = await rl.question("Password (at least 10 characters): ");
  process.stdout.write("\n");
  rl.close();
  return pw;
}

const input = newUserInput.safeParse({
  email,
  name: values.name ?? email!.split("@")[0],
  role: values.role,
  password: await readPassword(),
});
if (!input.success)
  fail(
    input.error.issues
      .map((i) => `${i.path.join(".") === "role" ? "--role" : i.path.join(".")}: ${i.message}`)
      .join("; "),
  );
try {
  await createUser(input.data!, { id: null, email: "desk:user (command line)" });
} catch (e) {
  fail((e as Error).message);
}
console.log(
  `desk:user: added ${input.data!.email} as ${input.data!.role}. They can sign in at /zh/desk/sign-in or /en/desk/sign-in.`,
);
process.exit(0);
