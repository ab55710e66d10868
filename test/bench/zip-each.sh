#!/bin/sh
# Baseline for `pack DISTRICT/`: one zip archive per school export, as a shell loop would.
# usage: zip-each.sh OUT_DIR FILE...
set -e
out="$1"
shift
for f in "$@"; do
  zip -X -q -6 "$out/$(basename "$f").zip" "$f"
done
