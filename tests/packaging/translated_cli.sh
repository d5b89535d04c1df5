#!/usr/bin/env bash
# lifeboat-cli speaks the system's language: its help, a sub-command's option descriptions and
# its error messages, in German, Spanish and French, and English otherwise.
# Usage: translated_cli.sh PATH/TO/lifeboat-cli
set -uo pipefail
cli=$1
failures=0
checks=0

# expect LOCALE DESCRIPTION TEXT-EXPECTED -- COMMAND...: stdout+stderr of the command, run with
# LANG=LOCALE and nothing else set, contains TEXT-EXPECTED.
expect() {
  local locale=$1 what=$2 text=$3
  shift 4
  local output
  output=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG="$locale" "$cli" "$@" 2>&1)
  checks=$((checks + 1))
  if [[ $output != *"$text"* ]]; then
    echo "FAIL: LANG=$locale lifeboat-cli $* ($what) does not contain '$text':"
    sed 's/^/    /' <<<"$output" | head -20
    failures=$((failures + 1))
  fi
}

for case in \
  "de_DE.UTF-8|Aufruf: lifeboat-cli BEFEHL [OPTIONEN]|Befehle:|unbekannter Befehl „frobnicate“|Für virtuelle Telefone|Geben Sie das Archiv mit --archive FILE an.|Unbekannte Option" \
  "es_ES.UTF-8|Uso: lifeboat-cli ORDEN [OPCIONES]|Órdenes:|orden desconocida «frobnicate»|Para teléfonos virtuales|Indique el archivador con --archive FILE.|Opción desconocida" \
  "fr_FR.UTF-8|Utilisation : lifeboat-cli COMMANDE [OPTIONS]|Commandes :|commande inconnue « frobnicate »|Pour les téléphones virtuels|Indiquez l’archive avec --archive FILE.|Option inconnue" \
  "C|Usage: lifeboat-cli COMMAND [OPTIONS]|Commands:|unknown command \"frobnicate\"|For virtual handsets|Name the archive with --archive FILE.|Unknown option"
do
  IFS='|' read -r locale usage commands unknown option_help missing_archive unknown_option <<<"$case"
  # French puts a no-break space before ':' and inside « »; the test writes plain spaces.
  if [[ $locale == fr* ]]; then
    nbsp=$'\u00a0'
    usage=${usage// :/$nbsp:}
    commands=${commands// :/$nbsp:}
    unknown=${unknown//« /«$nbsp}
    unknown=${unknown// »/$nbsp»}
  fi
  expect "$locale" "help" "$usage" -- --help
  expect "$locale" "help" "$commands" -- --help
  expect "$locale" "unknown command" "$unknown" -- frobnicate
  expect "$locale" "backup --help" "$option_help" -- backup --help
  expect "$locale" "missing --archive" "$missing_archive" -- snapshots
  expect "$locale" "QCommandLineParser error" "$unknown_option" -- snapshots --no-such-option
done

# LANGUAGE takes precedence over LANG, as in every other program.
checks=$((checks + 1))
output=$(env -u LC_ALL -u LC_MESSAGES LANG=de_DE.UTF-8 LANGUAGE=es "$cli" --help 2>&1)
if [[ $output != *"Uso: lifeboat-cli"* ]]; then
  echo "FAIL: LANGUAGE=es LANG=de_DE.UTF-8 lifeboat-cli --help is not Spanish:"
  head -3 <<<"$output"
  failures=$((failures + 1))
fi

echo "$((checks - failures)) passed, $failures failed"
((failures == 0))
