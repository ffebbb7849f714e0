/**
 * Integration and browser tests run on every engine present: PGlite always, and a PostgreSQL server when its
 * binaries are installed (or when TEST_DATABASE_URL names one). CORRIDOR_TEST_ENGINES=pglite limits the run.
 */
import type { TestProject } from "vitest/node";
import { findPgBin, startCluster, type Cluster } from "./postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
  }
}

let cluster: Cluster | null = null;

export async function setup(project: TestProject) {
  const wanted = process.env.CORRIDOR_TEST_ENGINES?.split(",") ?? ["pglite", "postgres"];
  let url: string | null = null;
  if (wanted.includes("postgres")) {
    if (process.env.TEST_DATABASE_URL) url = process.env.TEST_DATABASE_URL;
    else {
      const bin = findPgBin();
      if (bin) {
        cluster = await startCluster(bin);
        url = cluster.url;
      } else {
        process.stderr.write("PostgreSQL binaries not found: integration tests run on PGlite only\n");
      }
    }
  }
  project.provide("pgAdminUrl", url);
}

export async function teardown() {
  cluster?.stop();
  cluster = null;
}
