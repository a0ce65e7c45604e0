#!/usr/bin/env bash
# Smoke-test a built bundle as a user would use it, with no Python of ours on the way:
#   bash packaging/smoke-test.sh build/dist/workshop-app
# The frozen executable answers --version, makes a demo, checks it, exports Word, prints results,
# and opens its main window offscreen and quits cleanly. Exits non-zero at the first failure.
set -euo pipefail
bundle=$(cd "$1" && pwd)
exe="$bundle/workshop-app"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export WORKSHOP_APP_HOME="$work/home"
cd "$work"

step() { echo "smoke: $*"; }
step "--version";  "$exe" --version
step "demo";       "$exe" demo "$work/demo.workshop" >/dev/null
step "check";      "$exe" check "$work/demo.workshop" >/dev/null
step "export docx"; "$exe" export "$work/demo.workshop" --format docx -o "$work/note.docx" >/dev/null
test -s "$work/note.docx"
python3 - "$work/note.docx" <<'PY' 2>/dev/null || unzip -l "$work/note.docx" | grep -q word/document.xml
import sys, zipfile
assert "word/document.xml" in zipfile.ZipFile(sys.argv[1]).namelist()
PY
step "results";    "$exe" results "$work/demo.workshop" | grep -q .
step "serve: phones can load the page, and SIGTERM stops it with exit 0"
"$exe" serve "$work/demo.workshop" --host 127.0.0.1 --port 0 >"$work/serve.out" 2>"$work/serve.err" &
serve_pid=$!
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^Phones can answer at \(http[^ ]*\)$/\1/p' "$work/serve.out")
  [ -n "$url" ] && break
  sleep 0.2
done
[ -n "$url" ] || { cat "$work/serve.out" "$work/serve.err"; kill "$serve_pid"; echo "smoke: serve printed no URL"; exit 1; }
curl --noproxy '*' -fsS "$url" | grep -q 'name="csrf-token"' || { kill "$serve_pid"; echo "smoke: the phone page did not load"; exit 1; }
kill -TERM "$serve_pid"
wait "$serve_pid" || { cat "$work/serve.err"; echo "smoke: serve did not stop cleanly"; exit 1; }
step "open the main window offscreen and quit"
out=$(WORKSHOP_APP_SMOKE_QUIT=1 QT_QPA_PLATFORM=offscreen timeout 120 "$exe" open "$work/demo.workshop" 2>"$work/gui.err") || {
  cat "$work/gui.err"; echo "smoke: the window did not open and close cleanly"; exit 1; }
echo "$out" | grep -q "window shown: demo.workshop" || { echo "$out"; cat "$work/gui.err"; exit 1; }
step "a .workshop file given alone opens it (as \"open with\" does)"
out=$(WORKSHOP_APP_SMOKE_QUIT=1 QT_QPA_PLATFORM=offscreen timeout 120 "$exe" "$work/demo.workshop" 2>/dev/null)
echo "$out" | grep -q "window shown: demo.workshop"
echo "smoke: all passed"
