#!/usr/bin/env bash
# Packs an already built tree into a .deb (CPack), unpacks it into a scratch folder with
# dpkg -x, checks the layout and the dependencies dpkg-shlibdeps found, and runs the packaged
# lifeboat-cli --version. Usage: packaging/check-deb.sh [BUILD_DIR]   (default: build)
set -euo pipefail

build=$(cd "${1:-build}" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if ! cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log"
  echo "FAIL: cpack"
  exit 1
fi
debs=("$scratch"/out/*.deb)
deb=${debs[0]}
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

info=$(dpkg-deb --info "$deb")
depends=$(sed -n 's/^ Depends: //p' <<<"$info")
[[ $depends == *libqt6core6* ]] || fail "Depends lacks libqt6core6 (shlibdeps): '$depends'"
[[ $depends == *libusb-1.0* ]] || fail "Depends lacks libusb-1.0: '$depends'"
[[ $depends == *libsodium* ]] || fail "Depends lacks libsodium (encrypted archives): '$depends'"
grep -q '^ Section: utils' <<<"$info" || fail "section is not utils"
grep -q '^ Recommends: .*qt6-translations-l10n' <<<"$info" || fail "does not recommend qt6-translations-l10n"
grep -q '^ Maintainer: ' <<<"$info" || fail "no maintainer"

dpkg-deb -x "$deb" "$scratch/root"
root=$scratch/root
expected=(
  usr/bin/lifeboat-cli
  usr/lib/udev/rules.d/70-lifeboat.rules
  usr/share/man/man1/lifeboat-cli.1.gz
  usr/share/bash-completion/completions/lifeboat-cli
  usr/share/doc/lifeboat/README.md
  usr/share/doc/lifeboat/copyright
  usr/share/doc/lifeboat/changelog.gz
  usr/share/doc/lifeboat/USER-GUIDE.md
)
if [[ -e $root/usr/bin/lifeboat ]]; then
  app_id=$(sed -n 's/^Icon=//p' "$root"/usr/share/applications/*.desktop)
  expected+=(
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "usr/share/icons/hicolor/16x16/apps/$app_id.png"
    "usr/share/icons/hicolor/256x256/apps/$app_id.png"
  )
fi
for path in "${expected[@]}"; do
  [[ -f $root/$path ]] || fail "package lacks /$path"
done

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
if output=$("$root/usr/bin/lifeboat-cli" --version 2>&1); then
  [[ $output == "lifeboat-cli $version" ]] || fail "packaged lifeboat-cli --version said '$output'"
  echo "packaged lifeboat-cli --version: $output"
else
  fail "packaged lifeboat-cli --version exited with an error: $output"
fi

# The translations are compiled into the program: no installed path needed.
german=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=de_DE.UTF-8 "$root/usr/bin/lifeboat-cli" --help 2>&1 || true)
[[ $german == *"Aufruf: lifeboat-cli BEFEHL"* ]] || fail "packaged lifeboat-cli --help is not German under LANG=de_DE.UTF-8"
zcat "$root/usr/share/doc/lifeboat/changelog.gz" | head -1 | grep -q "^lifeboat ($version) " \
  || fail "changelog.gz does not start with version $version"

echo "$(( ${#expected[@]} + 8 - failures )) passed, $failures failed"
((failures == 0))
