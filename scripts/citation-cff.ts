import path from "node:path";
import { writeFileAtomic } from "../lib/dataset/write-file";
import { repositoryCff } from "../lib/format/cff";

// Writes the repository's CITATION.cff from lib/format/dataset-citation.ts (tests/unit/citation.test.ts checks it).
const file = path.resolve("CITATION.cff");
writeFileAtomic(file, repositoryCff());
console.log(`citation:cff: wrote ${path.relative(process.cwd(), file)}`);
