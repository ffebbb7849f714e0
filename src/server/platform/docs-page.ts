/** A readable API reference rendered on the server from the OpenAPI document (no CDN, no inline script). */
type Operation = { summary?: string; tags?: string[]; parameters?: { name: string; in: string; required?: boolean }[]; requestBody?: unknown; responses?: Record<string, unknown> };
type Doc = { info: { title: string; version: string }; paths?: Record<string, Record<string, Operation> | undefined> };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderDocsPage(doc: Doc): string {
  const rows: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops ?? {})) {
      const params = (op.parameters ?? []).map((p) => `${p.name}${p.required ? "*" : ""} (${p.in})`).join(", ");
      rows.push(
        `<tr><td class="m ${method}">${method.toUpperCase()}</td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary ?? "")}</td><td>${escapeHtml(params)}${op.requestBody ? " · JSON body" : ""}</td><td>${Object.keys(op.responses ?? {}).join(" ")}</td></tr>`,
      );
    }
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)} API</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem .6rem;text-align:left;vertical-align:top}.m{font-weight:600}.get{color:#1677ff}.post{color:#389e0d}.patch{color:#d48806}.delete{color:#cf1322}</style></head>
<body><h1>${escapeHtml(doc.info.title)} · API ${escapeHtml(doc.info.version)}</h1>
<p>机器可读文档 Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1)。认证：会话 Cookie（写操作需 X-CSRF-Token 头）或 <code>Authorization: Bearer crd_…</code>。</p>
<table><thead><tr><th>方法</th><th>路径</th><th>说明</th><th>参数</th><th>响应</th></tr></thead><tbody>${rows.join("")}</tbody></table></body></html>`;
}
