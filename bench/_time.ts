import { openDatabase, sql } from "/work/main/src/server/platform/db.ts";
import { runMigrations } from "/work/main/src/server/platform/migrate.ts";
import { seedAndBootstrap } from "/work/main/src/server/main.ts";
import { insertSynthetic } from "/work/main/bench/api.ts";
const url = process.env.DATABASE_URL || undefined;
const database = await openDatabase(url ? { databaseUrl: url } : { memory: true });
await runMigrations(database, url);
await seedAndBootstrap(database, () => undefined);
await insertSynthetic(database, 100000);
for (const extra of (process.env.EXTRA ?? "").split(";").filter(Boolean)) await database.db.execute(sql.raw(extra));
const qs: [string, string][] = [
  ["list p1", `select * from organisations where city_code in ('420100') order by city_code, name, id limit 20 offset 0`],
  ["list p25", `select * from organisations where city_code in ('420100') order by city_code, name, id limit 20 offset 480`],
  ["list p50", `select * from organisations where city_code in ('420100') order by city_code, name, id limit 20 offset 980`],
  ["count", `select count(*) from organisations where city_code in ('420100')`],
];
for (const [label, q] of qs) {
  for (let i = 0; i < 3; i++) await database.db.execute(sql.raw(q));
  const t = performance.now();
  for (let i = 0; i < 20; i++) await database.db.execute(sql.raw(q));
  console.log(label.padEnd(10), ((performance.now() - t) / 20).toFixed(2), "ms");
}
await database.close();
