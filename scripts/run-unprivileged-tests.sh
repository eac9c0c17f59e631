#!/usr/bin/env bash
# As root: runs the tests marked `unprivileged` (their outcome depends on file permissions, which root
# bypasses) as the ordinary user `pbxtest`, created here if missing. Called by .ci/run; arguments go to pytest.
# pbxtest needs to reach the checkout and the venv's interpreter: folders on the way that it cannot
# enter get search permission for it alone (an ACL; chmod o+x where ACLs are not supported).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
USER_NAME=pbxtest
if [ "$(id -u)" != 0 ]; then
    echo "run-unprivileged-tests: run as root (as an ordinary user, ./scripts/run-tests.sh runs these tests)" >&2
    exit 2
fi
bootstrap test
# Idempotent, also when another process (the PostgreSQL fixture) creates the user at the same moment.
id "$USER_NAME" >/dev/null 2>&1 || useradd --create-home --home-dir "/home/$USER_NAME" --shell /bin/sh \
    "$USER_NAME" 2>/dev/null || id "$USER_NAME" >/dev/null

let_in() {  # every folder from / down to $1
    local path="" part
    IFS=/ read -ra parts <<<"${1#/}"
    for part in "${parts[@]}"; do
        path="$path/$part"
        [ -d "$path" ] || break
        if ! runuser -u "$USER_NAME" -- test -x "$path"; then
            echo "run-unprivileged-tests: letting $USER_NAME through $path"
            setfacl -m "u:$USER_NAME:x" "$path" 2>/dev/null || chmod o+x "$path"
        fi
    done
}
let_in "$ROOT"
let_in "$(dirname "$(readlink -f "$PY")")"
let_in "$("$PY" -c 'import sys; print(sys.base_prefix)')/lib"

cd "$ROOT"
status=0
runuser -u "$USER_NAME" -- env HOME="/home/$USER_NAME" PYTHONDONTWRITEBYTECODE=1 \
    "$PY" -m pytest -p no:cacheprovider -m unprivileged -q "$@" || status=$?
[ "$status" = 5 ] && status=0  # no test carries the marker: nothing to run as an ordinary user
exit "$status"
