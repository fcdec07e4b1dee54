#!/bin/sh
# Debian's Chromium for Ace by DAISY (Puppeteer): used as PUPPETEER_EXECUTABLE_PATH, so no browser
# is ever downloaded. Puppeteer adds --headless, a temporary profile and its debugging flags.
exec "${CHROMIUM_PATH:-/usr/bin/chromium}" --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage "$@"
