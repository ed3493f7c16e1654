#!/bin/sh
# Prints what CPython prints for each program: stdout, then the traceback's last line if any.
# The oracle is ../shared/oracle/run.py beside the repo (ORACLE overrides it).
here=$(cd "$(dirname "$0")" && pwd)
oracle=${ORACLE:-$here/../../../../shared/oracle/run.py}
err=$(mktemp)
trap 'rm -f "$err"' EXIT
for f in "$@"; do
  echo "=== $f"
  python3 "$oracle" "$f" 2>"$err"
  echo "--- exit $?"
  tail -n 1 "$err"
done
