#!/bin/sh
# Installs this PartnerDesk folder for the current user (default: ~/.local) or, run as root with
# PREFIX=/opt/partnerdesk or /usr/local, for everyone: the program, the commands partnerdesk and
# partnerdesk-gui, the menu entry, the icons and the .pdsync file type.
#   ./install.sh                      # for me, into ~/.local
#   sudo PREFIX=/usr/local ./install.sh
# Uninstall: ./install.sh --uninstall (with the same PREFIX).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ]; then default=/usr/local; else default="$HOME/.local"; fi
PREFIX=${PREFIX:-$default}
id=de.partnerdesk.PartnerDesk

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PREFIX/lib/partnerdesk"
  rm -f "$PREFIX/bin/partnerdesk" "$PREFIX/bin/partnerdesk-gui" \
        "$PREFIX/share/applications/$id.desktop" "$PREFIX/share/metainfo/$id.metainfo.xml" \
        "$PREFIX/share/mime/packages/$id.xml"
  find "$PREFIX/share/icons/hicolor" -name "$id.*" -delete 2>/dev/null || true
  echo "PartnerDesk removed from $PREFIX (your data folder is kept)."
  exit 0
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin"
rm -rf "$PREFIX/lib/partnerdesk"
cp -a "$here/lib/partnerdesk" "$PREFIX/lib/partnerdesk"
ln -sf "$PREFIX/lib/partnerdesk/partnerdesk" "$PREFIX/bin/partnerdesk"
ln -sf "$PREFIX/lib/partnerdesk/PartnerDesk" "$PREFIX/bin/partnerdesk-gui"
for folder in applications metainfo mime/packages; do mkdir -p "$PREFIX/share/$folder"; done
sed "s|^Exec=partnerdesk-gui|Exec=$PREFIX/bin/partnerdesk-gui|; s|^TryExec=partnerdesk-gui|TryExec=$PREFIX/bin/partnerdesk-gui|" \
  "$here/share/applications/$id.desktop" > "$PREFIX/share/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$PREFIX/share/metainfo/"
cp "$here/share/mime/packages/$id.xml" "$PREFIX/share/mime/packages/"
cp -a "$here/share/icons" "$PREFIX/share/"
command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "PartnerDesk installed into $PREFIX; start it from the menu or with $PREFIX/bin/partnerdesk-gui"
