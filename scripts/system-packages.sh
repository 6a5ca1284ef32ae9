#!/usr/bin/env bash
# Installs the Debian packages that steps of `pnpm test` need, when they are missing: LibreOffice, its fonts and poppler
# print the documents (`pnpm test:render`), Chromium runs the web-portal example's browser test, python3-jsonschema
# runs the python-consumer example and, with libjson-validator-perl (Perl's JSON::Validator, 2 MB with Mojolicious),
# checks that the shipped JSON Schemas mean the same in Python and Perl (test/portableSchemas.test.ts). Runs apt-get
# (through sudo when not root) and says what it installs.
set -euo pipefail

packages=(libreoffice-writer-nogui fonts-liberation fonts-liberation2 fonts-dejavu-core poppler-utils chromium python3-jsonschema
  libjson-validator-perl)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(LibreOffice)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler)
  [ -x /usr/bin/chromium ] || missing+=("Chromium at /usr/bin/chromium")
  /usr/bin/python3 -c "import jsonschema" >/dev/null 2>&1 || missing+=("python3 with jsonschema at /usr/bin/python3")
  /usr/bin/perl -MJSON::Validator -e1 >/dev/null 2>&1 || missing+=("perl with JSON::Validator at /usr/bin/perl")
  if [ ${#missing[@]} -gt 0 ]; then
    echo "✘ not a Debian system, so pnpm test cannot install what it needs: ${missing[*]}." >&2
    echo "  Install them with your system's package manager (Debian names: ${packages[*]}), then run pnpm test again." >&2
    exit 1
  fi
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" != "0" ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "✘ pnpm test needs these Debian packages: ${missing[*]}." >&2
    echo "  You are not root and there is no sudo: as root, run" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi
echo "→ installing the system packages pnpm test needs: ${missing[*]} (apt-get${sudo:+, through sudo})"
log=$(mktemp)
if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update \
  && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -n 30 "$log" >&2
  echo "✘ apt-get could not install ${missing[*]} (its last lines are above; the whole log: $log)" >&2
  exit 1
fi
rm -f "$log"
echo "✔ installed ${missing[*]}"
