#!/usr/bin/env bash
# Build the Linux bundle from a clean clone and smoke-test it: one command, run from anywhere.
#   bash packaging/build-linux.sh            -> dist/workshop-app-VERSION-linux-ARCH.tar.gz
# A private virtualenv in build/venv holds PyInstaller and the app (installed from this checkout,
# not in editable mode), so the build does not depend on what the machine has installed.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
PYTHON=${PYTHON:-python3}
PYINSTALLER_VERSION="6.22.*"

if [ ! -x build/venv/bin/python ]; then
  "$PYTHON" -m venv build/venv
fi
build/venv/bin/python -m pip install -q --upgrade pip >/dev/null
build/venv/bin/python -m pip install -q . "pyinstaller==$PYINSTALLER_VERSION"

version=$(build/venv/bin/python -c "from importlib.metadata import version; print(version('workshop-app'))")
arch=$(uname -m)

build/venv/bin/python packaging/make_icons.py build/icons
rm -rf build/dist/workshop-app
build/venv/bin/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work \
  packaging/workshop_app.spec

bundle=build/dist/workshop-app
mkdir -p "$bundle/share"
cp packaging/linux/workshop-app.desktop packaging/linux/workshop-app-mime.xml "$bundle/share/"
cp packaging/linux/install.sh "$bundle/"
cp LICENSE "$bundle/" 2>/dev/null || true

bash packaging/smoke-test.sh "$bundle"

mkdir -p dist
archive="dist/workshop-app-$version-linux-$arch.tar.gz"
tar -czf "$archive" -C build/dist workshop-app
echo "build-linux: $archive ($(du -sh "$bundle" | cut -f1) unpacked, $(du -sh "$archive" | cut -f1) packed)" \
     "in $(( $(date +%s) - start )) s"
