#!/usr/bin/env bash
# Install the headless browser the published-site tests drive (tests/publishing/test_browser.py):
# Debian's chromium and chromium-driver. Without them that test is skipped, nothing else.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "chromium and chromedriver already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
    chromium chromium-driver
/usr/bin/chromium --version
/usr/bin/chromedriver --version
