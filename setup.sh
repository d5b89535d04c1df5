#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running Lifeboat need.
# Idempotent: packages already present are left alone. Runs as root or through sudo.
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build pkg-config git
  # Qt 6 (Widgets, Test, Linguist)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev
  # libraries Lifeboat links
  libusb-1.0-0-dev libsqlite3-dev libical-dev libssl-dev libturbojpeg0-dev libsodium-dev
  # the virtual USB handset and independent MTP clients for conformance tests
  umockdev libumockdev-dev libglib2.0-dev mtp-tools
  # independent vCard / iCalendar parsers used by export tests
  python3 python3-vobject python3-icalendar
  # fuzzing: libFuzzer targets under AddressSanitizer + UBSan (tests/fuzz/run-fuzzers.sh)
  clang-14 libfuzzer-14-dev
  # GUI tests and screenshots without a display
  xvfb xauth imagemagick fonts-dejavu-core
  # fault injection (disk full, I/O errors) for tests/app/tst_diskfaults
  fiu-utils libfiu-dev
  # packaging: .deb dependencies (dpkg-shlibdeps), desktop/AppStream validators, completion tests
  dpkg-dev desktop-file-utils appstream bash-completion
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
