# bash completion for lifeboat-cli                                   -*- shell-script -*-
# Installed to share/bash-completion/completions/lifeboat-cli; bash-completion loads it on demand.

_lifeboat_cli_kinds()
{
    # A comma-separated list: complete the word after the last comma.
    local prefix="" current=$1
    if [[ $current == *,* ]]; then
        prefix=${current%,*},
        current=${current##*,}
    fi
    local kind
    COMPREPLY=()
    for kind in contacts calendar todos photos; do
        [[ $kind == "$current"* ]] && COMPREPLY+=("$prefix$kind")
    done
    compopt -o nospace
}

_lifeboat_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="devices backup snapshots show diff export restore verify copy passphrase"
    local global="--format --help --version --debug-info"

    case $prev in
        --format) COMPREPLY=($(compgen -W "text json" -- "$cur")); return ;;
        --archive | --to) _filedir lifeboat; return ;;
        --out) _filedir -d; return ;;
        --device) COMPREPLY=($(compgen -W "demo virtual:" -- "$cur")); compopt -o nospace; return ;;
        --profile) COMPREPLY=($(compgen -W "lifeboat android" -- "$cur")); return ;;
        --kinds) _lifeboat_cli_kinds "$cur"; return ;;
        --kind) COMPREPLY=($(compgen -W "contacts events todos photos" -- "$cur")); return ;;
        --snapshot) COMPREPLY=($(compgen -W "latest" -- "$cur")); return ;;
        --vcard) COMPREPLY=($(compgen -W "3.0 4.0" -- "$cur")); return ;;
        --mode) COMPREPLY=($(compgen -W "missing replace" -- "$cur")); return ;;
        --search) return ;;
        --passphrase-fd | --new-passphrase-fd) COMPREPLY=($(compgen -W "0 3" -- "$cur")); return ;;
    esac
    if [[ $cur == --device=virtual:* ]]; then
        return
    fi

    local command="" i
    for ((i = 1; i < cword; i++)); do
        if [[ " $commands " == *" ${words[i]} "* ]]; then
            command=${words[i]}
            break
        fi
    done

    local options
    case $command in
        "") COMPREPLY=($(compgen -W "$commands $global" -- "$cur")); return ;;
        devices) options="" ;;
        backup) options="--device --profile --archive --kinds --encrypt --passphrase-fd --new-passphrase-fd" ;;
        snapshots | verify) options="--archive --passphrase-fd" ;;
        show) options="--archive --snapshot --kind --search --passphrase-fd" ;;
        diff) options="--archive --passphrase-fd" ;;
        export) options="--archive --snapshot --out --kinds --vcard --mirror --passphrase-fd" ;;
        restore) options="--archive --snapshot --device --mode --kinds --dry-run --yes --passphrase-fd" ;;
        passphrase) options="--archive --passphrase-fd --new-passphrase-fd" ;;
        copy) options="--archive --to --overwrite" ;;
    esac
    COMPREPLY=($(compgen -W "$options --format --help" -- "$cur"))
}

complete -F _lifeboat_cli lifeboat-cli
