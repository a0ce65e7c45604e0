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
step "open the main window offscreen and quit"
out=$(WORKSHOP_APP_SMOKE_QUIT=1 QT_QPA_PLATFORM=offscreen timeout 120 "$exe" open "$work/demo.workshop" 2>"$work/gui.err") || {
  cat "$work/gui.err"; echo "smoke: the window did not open and close cleanly"; exit 1; }
echo "$out" | grep -q "window shown: demo.workshop" || { echo "$out"; cat "$work/gui.err"; exit 1; }
step "a .workshop file given alone opens it (as \"open with\" does)"
out=$(WORKSHOP_APP_SMOKE_QUIT=1 QT_QPA_PLATFORM=offscreen timeout 120 "$exe" "$work/demo.workshop" 2>/dev/null)
echo "$out" | grep -q "window shown: demo.workshop"
echo "smoke: all passed"
