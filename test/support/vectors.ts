/** Loads the shared domain test vectors (../shared/domain/vectors.json), beside the repository in every checkout and in CI. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const SHARED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared");

export function loadVectors<T>(section: string): T {
  const all = JSON.parse(readFileSync(path.join(SHARED_DIR, "domain/vectors.json"), "utf8")) as Record<string, unknown>;
  return all[section] as T;
}
