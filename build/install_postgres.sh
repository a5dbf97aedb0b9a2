#!/usr/bin/env bash
# Install the PostgreSQL server binaries the team-server tests start a throwaway cluster with
# (tests/team/: initdb and pg_ctl, found on PATH or under /usr/lib/postgresql/*/bin):
# Debian's postgresql. Without them those tests are skipped, nothing else.
# No cluster is created or started here: each test session makes its own in a tmp folder.
set -euo pipefail
if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    echo "PostgreSQL already installed: $(command -v initdb)"
    exit 0
fi
for bin in /usr/lib/postgresql/*/bin; do
    if [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ]; then
        echo "PostgreSQL already installed: $bin"
        exit 0
    fi
done
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -q
# RUNLEVEL=1: invoke-rc.d does not start the system-wide cluster the package creates (the
# tests never use it).
DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $SUDO apt-get install -y -q --no-install-recommends \
    postgresql
ls -d /usr/lib/postgresql/*/bin
