// A second origin for the deploy tests: serves a host page that frames the addresses given in
// ?src= (repeatable), like a newsroom's CMS would. Run: node tests/deploy/host-server.mjs <port>
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 8789);
const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
createServer((request, response) => {
  const url = new URL(request.url ?? "/", `http://127.0.0.1:${port}`);
  const frames = url.searchParams.getAll("src").filter((src) => /^http:\/\/127\.0\.0\.1:\d+\//.test(src));
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  response.end(`<!doctype html><html lang="en"><title>Host</title><body>${frames.map((src, i) => `<iframe id="f${i}" title="frame ${i}" src="${escape(src)}" width="600" height="600"></iframe>`).join("")}</body></html>`);
}).listen(port, "127.0.0.1");
