#!/usr/bin/env bash
# Renders the committed PNG icons from lifeboat.svg (needs rsvg-convert from librsvg2-bin).
# Run after changing the SVG; the build installs the committed files.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" --output "lifeboat-$size.png" lifeboat.svg
done
