#!/bin/sh
# Prints what CPython prints for each program: stdout, then the traceback's last line if any.
for f in "$@"; do
  echo "=== $f"
  python3 /work/shared/oracle/run.py "$f" 2>/tmp/oracle-err.txt
  echo "--- exit $?"
  tail -n 1 /tmp/oracle-err.txt
done
