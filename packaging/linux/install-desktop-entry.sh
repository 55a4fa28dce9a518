#!/usr/bin/env bash
# Install Calmline for the current user: no root, no Python.
#
#   install-desktop-entry.sh [BUNDLE]     install or update
#   install-desktop-entry.sh --uninstall  remove it again (call logs stay)
#
# BUNDLE is a one-folder build (the folder holding the `calmline` program).
# Default: the bundle this script sits in (calmline/_internal/linux/), or
# dist/calmline/ of the checkout when run from packaging/linux/.
#
# What it does, all under your home:
#   ~/.local/opt/calmline/                          a copy of the bundle
#   ~/.local/bin/calmline                           a link to start it from a terminal
#   ~/.local/share/applications/calmline.desktop    the menu entry
#   ~/.local/share/icons/hicolor/*/apps/calmline.*  the icon, SVG and PNG sizes
#   calmline: links open in Calmline (MimeType in the entry, xdg-mime default)
# Your data (~/.local/share/calmline) is never touched.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt="$HOME/.local/opt/calmline"
bin="$HOME/.local/bin/calmline"
entry="$data_home/applications/calmline.desktop"
icons="$data_home/icons/hicolor"
sizes=(16 24 32 48 64 128 256 512)

refresh_caches() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data_home/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt"
  [ -L "$bin" ] && rm -f "$bin"
  rm -f "$entry" "$icons/scalable/apps/calmline.svg"
  for size in "${sizes[@]}"; do rm -f "$icons/${size}x${size}/apps/calmline.png"; done
  refresh_caches
  echo "Calmline removed. Your call log in $data_home/calmline is still there."
  exit 0
fi

if [ $# -gt 0 ]; then
  bundle=$1
elif [ "$(basename "$(dirname "$here")")" = "_internal" ]; then
  bundle=$(cd "$here/../.." && pwd)
else
  bundle=$(cd "$here/../.." && pwd)/dist/calmline
fi
bundle=$(cd "$bundle" 2>/dev/null && pwd) || { echo "No bundle folder at ${1:-dist/calmline}." >&2; exit 1; }
if [ ! -x "$bundle/calmline" ]; then
  echo "$bundle has no calmline program: build it with 'python3 packaging/bootstrap.py package'." >&2
  exit 1
fi
resources="$bundle/_internal/resources/icons"

# Copy the bundle unless it is already the installed copy.
if [ "$bundle" != "$opt" ]; then
  rm -rf "$opt.new"
  mkdir -p "$(dirname "$opt")"
  cp -a "$bundle" "$opt.new"
  rm -rf "$opt"
  mv "$opt.new" "$opt"
fi

mkdir -p "$(dirname "$bin")" "$(dirname "$entry")" "$icons/scalable/apps"
ln -sfn "$opt/calmline" "$bin"
install -m 0644 "$resources/calmline.svg" "$icons/scalable/apps/calmline.svg"
for size in "${sizes[@]}"; do
  mkdir -p "$icons/${size}x${size}/apps"
  install -m 0644 "$resources/calmline-$size.png" "$icons/${size}x${size}/apps/calmline.png"
done
# The menu entry points at the installed program by its full path, so it
# works whether or not ~/.local/bin is on PATH.
sed -e "s|^Exec=.*|Exec=\"$opt/calmline\" %u|" -e "s|^TryExec=.*|TryExec=$opt/calmline|" \
  "$here/calmline.desktop" >"$entry.new"
chmod 0644 "$entry.new"
mv "$entry.new" "$entry"
refresh_caches
# calmline: links (contact-centre screen pops) open calls in Calmline.
if command -v xdg-mime >/dev/null; then
  xdg-mime default calmline.desktop x-scheme-handler/calmline || true
fi
echo "Calmline installed in $opt; it is in your applications menu as Calmline."
