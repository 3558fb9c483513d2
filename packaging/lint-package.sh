#!/usr/bin/env bash
# Checks the built Debian package as a distribution would: lintian (no errors, no warnings),
# the AppStream metadata and the desktop file, also as installed (validate-tree).
# Usage: packaging/lint-package.sh BUILD_DIR   (after `make package`)
set -euo pipefail
build=${1:?usage: lint-package.sh BUILD_DIR}
cd "$(dirname "$0")/.."
deb=$(ls "$build"/codedesk_*.deb)

echo "== lintian $(basename "$deb")"
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
dpkg-deb -x "$deb" "$stage"
echo "== appstreamcli validate --pedantic"
appstreamcli validate --pedantic --no-net --explain packaging/io.github.codedesk.codedesk.metainfo.xml
echo "== appstreamcli validate-tree (the installed files)"
appstreamcli validate-tree --pedantic --no-net "$stage"
echo "== desktop-file-validate"
desktop-file-validate "$stage/usr/share/applications/io.github.codedesk.codedesk.desktop"
echo "== update-mime-database"
update-mime-database "$stage/usr/share/mime"
test -f "$stage/usr/share/mime/application/x-codedesk-worksheet.xml"
echo "package checks passed"
