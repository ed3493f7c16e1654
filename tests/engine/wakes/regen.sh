#!/bin/sh
# Regenerate NAME.wakes.json (CPython's wakes) for the given programs, or all of them.
cd "$(dirname "$0")"
for p in ${@:-*.py}; do
  case "$p" in oracle_wakes.py) continue ;; esac
  python3 oracle_wakes.py "$p" "${p%.py}.wakes.json" > /dev/null
done
