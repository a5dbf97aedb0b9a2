#!/usr/bin/env bash
# CI check of the bundle: build it, then run it headless (QT_QPA_PLATFORM=offscreen).
#
#   build/bundle_check.sh            build, then check
#   build/bundle_check.sh --no-build check an existing build/dist/lieuxcommuns-desktop
#
# Python: $PYTHON, else .venv/bin/python at the repository root (what .ci/run
# creates), else python3. Checks, each failing the script with a message:
#   contents   resources, compiled translations, Alembic scripts, no dropped library needed
#   --version  prints the pyproject.toml version
#   demo       writes the demo notebook        (skipped if the command does not exist yet)
#   check      the demo notebook is healthy
#   --smoke    opens the window on it and quits
#   migration  a schema-0 notebook (and every older tests/fixtures/*-v<N>.lieux: schema-v1,
#              programme-v1…) is
#              upgraded by the bundle's own Alembic scripts, then passes check
#   kit        prints an atelier's kit to PDF; pypdf reads the text back
#                                              (skipped if the command does not exist yet)
#   minutes    writes an atelier's HTML minutes (Jinja2 and resources/html in the bundle)
#   team sync  shares the demo notebook on a throwaway PostgreSQL (over TLS when openssl can
#              make a certificate), joins it into a new file and syncs again
#              (tests/team/bundle_sync.py); says SKIP when PostgreSQL cannot be started
#              (.ci/run installs it before running this script)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
if [ -z "${PYTHON:-}" ]; then
    if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi
DIST="$ROOT/build/dist/lieuxcommuns-desktop"
APP="$DIST/lieuxcommuns-desktop"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/lieuxcommuns-bundle-check.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# A clean user: no settings or recent files from the machine's real HOME.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LIEUXCOMMUNS_LANG=fr
START=$SECONDS
FAILED=0

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; FAILED=1; }
has_command() { "$APP" --help 2>/dev/null | grep -qE "^  $1 "; }

if [ "${1:-}" != "--no-build" ]; then
    step "build ($PYTHON build/build_bundle.py)"
    "$PYTHON" build/build_bundle.py
fi
[ -x "$APP" ] || { echo "FAIL: no bundle at $APP" >&2; exit 1; }
INTERNAL="$DIST/_internal"

step "contents"
VERSION="$("$PYTHON" -c 'import sys; sys.path.insert(0, "build"); import bundle_config as c; print(c.version())')"
for ts in resources/i18n/*.ts; do
    [ -e "$ts" ] || continue
    qm="$(basename "${ts%.ts}").qm"
    [ -f "$INTERNAL/resources/i18n/$qm" ] || fail "compiled translation $qm missing from the bundle"
done
for dir in resources/*/; do
    [ -d "$INTERNAL/$dir" ] || fail "resource folder $dir missing from the bundle"
done
if [ -d lieuxcommuns_desktop/core/migrations ]; then
    while IFS= read -r script; do
        [ -f "$INTERNAL/$script" ] || fail "migration script $script missing from the bundle"
    done < <(find lieuxcommuns_desktop/core/migrations -name '*.py' -not -path '*__pycache__*')
fi
# No kept file may need a library the spec dropped (those would be missing on a user's machine).
DROPPED="$ROOT/build/work/lieuxcommuns/dropped.txt"
if [ -f "$DROPPED" ] && command -v ldd >/dev/null; then
    missing="$(find "$INTERNAL" -name '*.so*' -type f -print0 \
        | LD_LIBRARY_PATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib" xargs -0 -n 20 ldd 2>/dev/null \
        | awk '/not found/ {print $1}' | sort -u \
        | grep -Fxf <(xargs -n1 basename < "$DROPPED" | sort -u) || true)"
    [ -z "$missing" ] || fail "libraries dropped from the bundle but needed: $missing"
fi
du -sh "$DIST" | awk '{print "bundle size: " $1}'

step "--version"
out="$("$APP" --version)" || fail "--version exited $?"
echo "$out"
[[ "$out" == *"$VERSION"* ]] || fail "--version printed '$out', expected version $VERSION"

NOTEBOOK="$WORK/demo.lieux"
step "demo"
if has_command demo; then
    "$APP" demo "$NOTEBOOK" || fail "demo exited $?"
    [ -s "$NOTEBOOK" ] || fail "demo wrote no notebook"
else
    echo "SKIP: no demo command in this version; using a new empty notebook"
    "$APP" --smoke "$NOTEBOOK" >/dev/null || fail "--smoke on a new notebook exited $?"
fi

step "check"
if has_command check; then
    "$APP" check "$NOTEBOOK" || fail "check exited $? on the demo notebook"
else
    echo "SKIP: no check command in this version"
fi

step "--smoke"
"$APP" --smoke "$NOTEBOOK" || fail "--smoke exited $?"

step "migration (Alembic scripts inside the bundle)"
"$PYTHON" - "$WORK/v0.lieux" <<'EOF'
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA application_id=1279479629")  # 0x4C434F4D, 'LCOM'
conn.execute("PRAGMA user_version=0")
conn.commit()
conn.close()
EOF
CURRENT="$("$PYTHON" -c 'from lieuxcommuns_desktop.core.store import SCHEMA_VERSION as v; print(v)')"
old_files=("$WORK/v0.lieux")
for fixture in tests/fixtures/*-v[0-9]*.lieux; do
    [ -e "$fixture" ] || continue
    n="${fixture##*-v}"; n="${n%.lieux}"
    if [ "$n" -lt "$CURRENT" ]; then cp "$fixture" "$WORK/"; old_files+=("$WORK/$(basename "$fixture")"); fi
done
for old in "${old_files[@]}"; do
    if [ -d lieuxcommuns_desktop/core/migrations ]; then
        "$APP" --smoke "$old" || fail "--smoke could not open (upgrade) $(basename "$old")"
        version="$("$PYTHON" -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version").fetchone()[0])' "$old")"
        [ "$version" = "$CURRENT" ] || fail "$(basename "$old") is at schema $version after opening, expected $CURRENT"
        if has_command check; then "$APP" check "$old" >/dev/null || fail "check failed on upgraded $(basename "$old")"; fi
        echo "$(basename "$old"): upgraded to schema $version"
    else
        echo "SKIP: no migrations package in this version"
    fi
done

step "kit"
if has_command kit; then
    ATELIER="$("$PYTHON" -c 'import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute("SELECT title FROM atelier ORDER BY title LIMIT 1").fetchone(); print(r[0] if r else "")' "$NOTEBOOK")"
    if [ -z "$ATELIER" ]; then
        fail "the demo notebook has no atelier to print"
    else
        "$APP" kit "$NOTEBOOK" --atelier "$ATELIER" -o "$WORK/kit.pdf" || fail "kit exited $?"
        "$PYTHON" - "$WORK/kit.pdf" "$ATELIER" <<'EOF' || fail "the kit PDF does not read back"
import sys
from pypdf import PdfReader

path, atelier = sys.argv[1], sys.argv[2]
reader = PdfReader(path)
text = "\n".join(page.extract_text() or "" for page in reader.pages)
flat = " ".join(text.split())
words = [w for w in atelier.split() if len(w) > 3 and w.isalpha()]
missing = [w for w in words if w not in flat]
print(f"kit.pdf: {len(reader.pages)} pages, {len(flat)} characters of text")
if len(reader.pages) < 2 or missing:
    sys.exit(f"kit text lacks {missing} of the atelier title {atelier!r}")
if "Lieux Communs" not in flat:
    sys.exit("kit text lacks 'Lieux Communs'")
EOF
    fi
else
    echo "SKIP: no kit command in this version"
fi

step "minutes"
if has_command minutes; then
    ATELIER="$("$PYTHON" -c 'import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute("SELECT title FROM atelier ORDER BY title LIMIT 1").fetchone(); print(r[0] if r else "")' "$NOTEBOOK")"
    "$APP" minutes "$NOTEBOOK" --atelier "$ATELIER" --format html -o "$WORK/minutes.html" \
        || fail "minutes exited $?"
    grep -q "<h1>" "$WORK/minutes.html" 2>/dev/null \
        || fail "the HTML minutes have no heading (template missing from the bundle?)"
else
    echo "SKIP: no minutes command in this version"
fi

step "team sync (psycopg, its libpq and keyring inside the bundle)"
if has_command sync; then
    "$PYTHON" -m tests.team.bundle_sync "$APP" "$NOTEBOOK" "$WORK" || fail "the bundle's sync failed"
else
    echo "SKIP: no sync command in this version"
fi

printf '\nbundle_check: %s in %ss\n' "$([ "$FAILED" = 0 ] && echo OK || echo FAILED)" "$((SECONDS - START))"
exit "$FAILED"
