#!/usr/bin/env bash
# Drives packaging/codedesk.bash-completion as bash would, with bash-completion's two helpers
# stubbed (so the test needs no bash-completion package): commands, options, kinds, files.
set -uo pipefail
completion=${1:?usage: completion_test.sh COMPLETION_FILE}
_init_completion() { cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD - 1]}; words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
_filedir() { COMPREPLY+=("<files${1:+:$1}>"); }
complete() { :; }
# shellcheck source=/dev/null
source "$completion"

failures=0
expect() { # expect "WORDS TYPED" "expected reply (sorted, space-separated)"
    read -r -a COMP_WORDS <<<"$1"
    [[ $1 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _codedesk
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | xargs)
    if [[ $got != "$2" ]]; then
        echo "FAIL: '$1' completed to '$got', expected '$2'"
        failures=$((failures + 1))
    fi
}

expect "codedesk s" "<files:codedesk> search show"
expect "codedesk --q" "--quit-when-ready"
expect "codedesk -style " "fusion windows"
expect "codedesk show 22 --kind " "hcpcs icd10cm modifier pfs pos procedure"
expect "codedesk codeset " "import search"
expect "codedesk codeset import " "hcpcs icd10cm mue ncci-ptp pfs pos"
expect "codedesk codeset search " "hcpcs icd10cm modifier pos"
expect "codedesk codeset import pos " "<files>"
expect "codedesk validate " "<files:codedesk>"
expect "codedesk export claim.codedesk --csv " "<files:csv>"
expect "codedesk export claim.codedesk --a" "--allow-errors"
expect "codedesk print --paper " "a4 letter"
expect "codedesk import --re" "--remove"
expect "codedesk -reverse li" "<files:codedesk> list"
exit $((failures > 0))
