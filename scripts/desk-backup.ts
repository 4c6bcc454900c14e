import { parseArgs } from "node:util";
import { backupDesk, BackupError } from "../lib/desk/backup";

// `npm run desk:backup -- <file>`: a consistent copy of the desk's database while the desk runs, and its session
// secret beside it as <file>.auth-secret.
const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error("desk:backup: expected one argument, the file to write: npm run desk:backup -- <file>");
  process.exit(1);
}
try {
  const r = await backupDesk(positionals[0]!);
  console.log(`desk:backup: wrote ${r.copy}`);
  console.log(
    r.secret
      ? `desk:backup: and the session secret, ${r.secret} (keep both together, readable by the desk's owner only)`
      : "desk:backup: the session secret comes from DESK_AUTH_SECRET: keep it with this copy",
  );
} catch (e) {
  if (!(e instanceof BackupError)) throw e;
  console.error(`desk:backup: ${e.message}`);
  process.exit(1);
}
