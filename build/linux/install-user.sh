#!/usr/bin/env bash
# Install the Lieux Communs bundle for the current user (no root needed):
#   build/linux/install-user.sh [BUNDLE_DIR]      install (default: build/dist/lieuxcommuns-desktop)
#   build/linux/install-user.sh --uninstall       remove what install put there
#
# Puts the bundle in ~/.local/lib/lieuxcommuns-desktop, a launcher in ~/.local/bin,
# the .desktop file in ~/.local/share/applications, icons in the hicolor theme and
# the application/x-lieuxcommuns MIME type (magic: SQLite header + application_id
# "LCOM" at offset 68, glob *.lieux), then makes it the default for notebooks so
# double-clicking a .lieux file opens it. Honours XDG_DATA_HOME.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP_ID="org.lieuxcommuns.LieuxCommuns"
EXE="lieuxcommuns-desktop"
MIME="application/x-lieuxcommuns"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
PREFIX="$HOME/.local/lib/$EXE"
BIN="$HOME/.local/bin"

uninstall() {
    rm -rf "$PREFIX"
    rm -f "$BIN/$EXE" "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    refresh
    echo "Lieux Communs removed."
}

refresh() {
    if command -v update-mime-database >/dev/null; then
        update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi

BUNDLE="$(cd "${1:-$ROOT/build/dist/$EXE}" 2>/dev/null && pwd)" || {
    echo "No bundle at ${1:-$ROOT/build/dist/$EXE}: build it with python build/build_bundle.py" >&2
    exit 1
}
[ -x "$BUNDLE/$EXE" ] || { echo "$BUNDLE/$EXE is not an executable bundle" >&2; exit 1; }

# 1. The bundle (a fresh copy: an older install's files must not linger).
mkdir -p "$(dirname "$PREFIX")" "$BIN"
if [ "$BUNDLE" != "$PREFIX" ]; then
    rm -rf "$PREFIX.new"
    cp -a "$BUNDLE" "$PREFIX.new"
    rm -rf "$PREFIX"
    mv "$PREFIX.new" "$PREFIX"
fi
ln -sfn "$PREFIX/$EXE" "$BIN/$EXE"

# 2. Icons: every lieuxcommuns-<size>.png at its size, the SVG as scalable.
ICONS="$PREFIX/_internal/resources/icons"
installed_icons=0
if [ -d "$ICONS" ]; then
    for png in "$ICONS"/lieuxcommuns-*.png; do
        [ -e "$png" ] || continue
        size="$(basename "$png" .png)"; size="${size##*-}"
        case "$size" in (*[!0-9]*|"") continue ;; esac
        install -Dm644 "$png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        installed_icons=$((installed_icons + 1))
    done
    if [ -f "$ICONS/lieuxcommuns.svg" ]; then
        install -Dm644 "$ICONS/lieuxcommuns.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
        installed_icons=$((installed_icons + 1))
    fi
fi

# 3. The desktop entry, pointing at the installed launcher by absolute path
#    (~/.local/bin is not on every session's PATH).
mkdir -p "$DATA/applications"
sed -e "s|^Exec=$EXE |Exec=\"$PREFIX/$EXE\" |" -e "s|^TryExec=$EXE\$|TryExec=$PREFIX/$EXE|" \
    "$HERE/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
chmod 644 "$DATA/applications/$APP_ID.desktop"

# 4. The MIME type, then Lieux Communs as the default application for it.
install -Dm644 "$HERE/$APP_ID.xml" "$DATA/mime/packages/$APP_ID.xml"
refresh
if command -v xdg-mime >/dev/null; then
    xdg-mime default "$APP_ID.desktop" "$MIME" 2>/dev/null || true
else
    # What xdg-mime does: the user's mimeapps.list (XDG_CONFIG_HOME).
    CONFIG="${XDG_CONFIG_HOME:-$HOME/.config}"
    mkdir -p "$CONFIG"
    LIST="$CONFIG/mimeapps.list"
    touch "$LIST"
    if ! grep -q "^\[Default Applications\]" "$LIST"; then
        printf '[Default Applications]\n' >> "$LIST"
    fi
    grep -v "^$MIME=" "$LIST" > "$LIST.tmp" || true
    sed -i "/^\[Default Applications\]/a $MIME=$APP_ID.desktop" "$LIST.tmp"
    mv "$LIST.tmp" "$LIST"
fi

echo "Lieux Communs installed: $PREFIX ($installed_icons icons)."
echo "Start it from the applications menu, by double-clicking a .lieux notebook, or with: $BIN/$EXE"
