/**
 * `npm run eval:match`: the matching evaluation through the real service on a fresh embedded database (or a new
 * database on DATABASE_URL's server): prints nDCG@10 and recall@50 over data/market/match-eval.json, and exits 1
 * when they fall under the floors the test suite also holds (src/server/modules/market/match-eval.int.test.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../src/server/platform/db.ts";
import { runMigrations } from "../src/server/platform/migrate.ts";
import { evaluateMatching } from "../src/server/modules/market/service/evaluate.ts";
import { MATCH_FLOORS } from "../src/server/modules/market/match-floors.ts";

process.env.LOG_LEVEL ??= "warn";
const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-eval-"));
const database = await openDatabase({ dataDir: path.join(dir, "pglite") });
try {
  await runMigrations(database);
  const f = await evaluateMatching({ db: database.db, actor: null, clientIp: null, requestId: null, systemName: "eval" }, { onProgress: (l) => process.stderr.write(`${l}\n`) });
  process.stdout.write(
    `matching evaluation (${f.demands} demands, ${f.corpus} corpus items, ${database.engine}):\n` +
      `  nDCG@10    ${f.ndcg10.toFixed(3)}   (floor ${MATCH_FLOORS.ndcg10})\n` +
      `  recall@50  ${f.recall50.toFixed(3)}   (grade 3; floor ${MATCH_FLOORS.recall50})\n` +
      `  per demand p50 ${f.matchMsP50.toFixed(0)} ms, p95 ${f.matchMsP95.toFixed(0)} ms; load ${f.loadSeconds.toFixed(1)} s\n`,
  );
  process.exitCode = f.ndcg10 >= MATCH_FLOORS.ndcg10 && f.recall50 >= MATCH_FLOORS.recall50 ? 0 : 1;
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
