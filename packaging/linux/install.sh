#!/bin/sh
# Install Workshop App for this user from the unpacked folder (no root needed): a launcher in the
# applications menu, the .workshop file type with its icon, and `workshop-app` on PATH.
# Run it from the unpacked folder: ./install.sh   (./install.sh --uninstall removes what it added)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/workshop-app.desktop" "$data/mime/packages/workshop-app.xml" \
        "$data/icons/hicolor/256x256/apps/workshop-app.png" \
        "$data/icons/hicolor/256x256/mimetypes/application-x-workshop-session.png" "$bin/workshop-app"
  echo "Workshop App's menu entry, file type and command removed (the app folder $here is left as it is)."
  exit 0
fi
mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/256x256/apps" \
         "$data/icons/hicolor/256x256/mimetypes" "$bin"
sed "s|@BINDIR@|$here|" "$here/share/workshop-app.desktop" > "$data/applications/workshop-app.desktop"
cp "$here/share/workshop-app-mime.xml" "$data/mime/packages/workshop-app.xml"
cp "$here/_internal/icons/workshop-app.png" "$data/icons/hicolor/256x256/apps/workshop-app.png"
cp "$here/_internal/icons/workshop-file.png" "$data/icons/hicolor/256x256/mimetypes/application-x-workshop-session.png"
ln -sf "$here/workshop-app" "$bin/workshop-app"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Workshop App installed for $(id -un): in the applications menu, as the program for .workshop files,"
echo "and as the command workshop-app (in $bin)."
