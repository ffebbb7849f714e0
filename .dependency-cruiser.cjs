/** The dependency rule of ../shared/DESIGN.md, enforced in `npm test`. */
const PURE = [
  "^src/shared/(?!.*\\.test\\.ts$)",
  "^src/server/modules/[^/]+/(?!index|schema|contract|routes|service|policy|seed)[^/]+\\.ts$",
  "^src/server/platform/auth/password-rules\\.ts$",
  "^src/server/platform/audit/chain\\.ts$",
];
const IO = [
  "^node:(fs|net|http|https|child_process|dgram|dns|worker_threads)",
  "^(fs|net|http|https|child_process)$",
  "node_modules/(pg|@electric-sql|drizzle-orm|hono|@hono|exceljs|docx|pino)/",
  "^src/server/platform/(db|migrate|logger)\\.ts$",
];

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "Import cycles make modules inseparable.", from: {}, to: { circular: true } },
    {
      name: "platform-imports-no-module",
      severity: "error",
      comment: "platform/ is what modules stand on; it must not know them (app.ts wires them together).",
      from: { path: "^src/server/platform/" },
      to: { path: "^src/server/modules/" },
    },
    {
      name: "modules-meet-through-index",
      severity: "error",
      comment: "A module reaches another only through that module's index.ts.",
      from: { path: "^src/server/modules/([^/]+)/" },
      to: { path: "^src/server/modules/[^/]+/", pathNot: ["^src/server/modules/$1/", "^src/server/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "pure-rules-do-no-io",
      severity: "error",
      comment: "Parsers, rules and scoring take their inputs (and today's date) as arguments.",
      from: { path: PURE },
      to: { path: IO },
    },
    {
      name: "shared-is-shared",
      severity: "error",
      comment: "src/shared is used by the server and the web app; it depends on neither.",
      from: { path: "^src/shared/" },
      to: { path: "^src/(server|web|cli)/" },
    },
    {
      name: "web-does-not-import-server",
      severity: "error",
      from: { path: "^src/web/" },
      to: { path: "^src/(server|cli)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "(^dist/|\\.test\\.ts$)" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
