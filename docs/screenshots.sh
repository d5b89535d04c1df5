#!/bin/sh
# Regenerates the screenshots in docs/screenshots/ from a demo archive:
#   docs/screenshots.sh [BUILD_DIR]
# Needs a build with the GUI and tests (targets lifeboat and make_demo_archive) and xvfb-run.
# lifeboat's --screenshot option exists for this script only; it is hidden from --help.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../build"}
out="$here/screenshots"

cmake --build "$build" --target lifeboat make_demo_archive

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A private home, so that neither the user's library nor their settings appear or change.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_RUNTIME_DIR="$work/runtime" LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 QT_QPA_PLATFORMTHEME=
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$out"
chmod 700 "$XDG_RUNTIME_DIR"

QT_QPA_PLATFORM=offscreen "$build/bin/make_demo_archive" "$work/Pixel 7 demo.lifeboat" 36

run() {
    xvfb-run -a -s "-screen 0 1400x900x24" "$build/bin/lifeboat" --screenshot "$out" "$@"
}
# With an empty library first: the window says what to do.
run
# Then the demo archive's views, the handsets pane with the demo handset, and a backup's
# progress and summary (the backup goes into the private library above).
run "$work/Pixel 7 demo.lifeboat"

ls -l "$out"
