#!/usr/bin/env bash
# regen.sh [ORACLE] [NAME.py ...] — (re)generate NAME.out and NAME.json for conformance cases
# from the CPython oracle, so expected results always come from real CPython, never by hand.
#
#   ORACLE   path to the oracle's run.py (default: ../shared/oracle/run.py beside the repo).
#   NAME.py  cases to refresh (default: every *.py in this folder).
#
# NAME.json is {"exit": N, "stderr_last": "..."}: the last non-empty stderr line for an
# uncaught exception (exit 1). It stays empty for exit 0 (warnings such as "Task exception was
# never retrieved" are not part of the contract) and for exit 3 (the deadlock report is
# Taskline's own wording, not CPython's).

set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

oracle=""
if [ $# -gt 0 ] && [ "${1##*/}" = "run.py" ]; then
    oracle=$1
    shift
fi
oracle=${oracle:-$repo/../shared/oracle/run.py}
if [ ! -f "$oracle" ]; then
    echo "regen.sh: oracle not found at $oracle (pass its path as the first argument)" >&2
    exit 2
fi

if [ $# -gt 0 ]; then
    cases=("$@")
else
    cases=("$here"/*.py)
fi

err=$(mktemp)
trap 'rm -f "$err"' EXIT
status=0
for py in "${cases[@]}"; do
    case $py in /*) ;; *) [ -f "$py" ] || py=$here/$py ;; esac
    base=${py%.py}
    # Run from the case's folder so tracebacks name the file the same way wherever it is.
    (cd "$(dirname "$py")" && python3 "$oracle" "$(basename "$py")") >"$base.out" 2>"$err"
    code=$?
    last=""
    if [ "$code" -eq 1 ]; then
        last=$(awk 'NF { l = $0 } END { sub(/\r$/, "", l); print l }' "$err")
    elif [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
        echo "regen.sh: $(basename "$py"): unexpected exit $code" >&2
        status=1
    fi
    python3 -c 'import json,sys; print(json.dumps({"exit": int(sys.argv[1]), "stderr_last": sys.argv[2]}))' \
        "$code" "$last" >"$base.json"
    printf '%-40s exit %s  %s\n' "$(basename "$py")" "$code" "$last"
done
exit $status
