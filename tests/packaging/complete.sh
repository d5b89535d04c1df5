#!/usr/bin/env bash
# Drives the lifeboat-cli bash completion the way bash does and checks what it offers.
set -uo pipefail
source /usr/share/bash-completion/bash_completion || { echo "bash-completion is not installed"; exit 1; }
source "$1"
compopt() { :; } # only valid inside a real completion; its effect (no space) is not tested here

failures=0
expect() {
  local want=$1; shift
  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _lifeboat_cli
  local got="${COMPREPLY[*]}"
  if [[ $got != "$want" ]]; then
    echo "FAIL: '$*' offered '$got', expected '$want'"; failures=$((failures + 1))
  else
    echo "ok: '$*' -> '$got'"
  fi
}

expect "snapshots show" lifeboat-cli s
expect "json" lifeboat-cli --format j
expect "--mode" lifeboat-cli restore --mo
expect "missing replace" lifeboat-cli restore --mode ""
expect "contacts,calendar" lifeboat-cli backup --kinds contacts,ca
expect "photos" lifeboat-cli export --kind ph
expect "3.0 4.0" lifeboat-cli export --vcard ""
expect "--dry-run" lifeboat-cli restore --archive a.lifeboat --dr
expect "lifeboat android" lifeboat-cli backup --profile ""
expect "" lifeboat-cli devices --x
expect "--overwrite" lifeboat-cli copy --archive a.lifeboat --ov
expect "passphrase" lifeboat-cli pa
expect "--encrypt" lifeboat-cli backup --en
expect "--new-passphrase-fd" lifeboat-cli passphrase --new

echo "$((14 - failures)) passed, $failures failed"
((failures == 0))
