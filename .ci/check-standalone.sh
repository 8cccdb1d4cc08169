#!/usr/bin/env bash
# Checks that the standalone linux-x64 executable gives the same verdict as the dotnet tool on every
# document of the conformance corpus, run with a PATH that has no `dotnet` on it (so the file cannot lean
# on an installed .NET). Per document, both run `validate --schema --format json`: the exit codes must be
# equal and the reports byte for byte the same, and every document of invalid/ must exit 1. (Two documents
# of valid/ break rules no schema can state and exit 1 on both: the dotnet tool's verdict is the reference.)
# Usage: .ci/check-standalone.sh [COUNTS_FILE]
#   COUNTS_FILE, if given, receives "passed failed skipped" (one number each) for .ci/run's summary.
# Needs: .ci/publish-standalone.sh linux-x64 run before. Exits 1 when any document differs.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

counts="${1:-}"
standalone=artifacts/standalone/lmec-content-linux-x64
tool=src/Lmec.Content.Cli/bin/Release/net10.0/lmec-content.dll
corpus=schemas/v1/conformance

report() {
  echo "standalone check: $1 documents agree, $2 differ" >&2
  [ -z "$counts" ] || echo "$1 $2 0" >"$counts"
}

if [ ! -x "$standalone" ]; then
  echo "no $standalone: run .ci/publish-standalone.sh linux-x64 first" >&2
  report 0 1
  exit 1
fi
dotnet build src/Lmec.Content.Cli -c Release --nologo -v quiet >/dev/null

# The PATH of this shell without every folder that holds a `dotnet`, and no DOTNET_ROOT; where dotnet sits in
# /usr/bin that takes bash off the PATH too, so the check runs this very bash by its path.
bare_path=""
IFS=: read -ra folders <<<"$PATH"
for folder in "${folders[@]}"; do
  if [ -n "$folder" ] && [ ! -e "$folder/dotnet" ]; then bare_path="${bare_path:+$bare_path:}$folder"; fi
done
if env -u DOTNET_ROOT PATH="$bare_path" "$BASH" -c 'command -v dotnet' >/dev/null; then
  echo "could not take dotnet off the PATH" >&2
  report 0 1
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

agree=0; differ=0
for document in "$corpus"/valid/*.json "$corpus"/invalid/*.json; do
  [ "$(basename "$document")" != manifest.json ] || continue
  expected_code=0; actual_code=0
  dotnet "$tool" validate --schema --format json "$document" >"$work/expected" 2>&1 || expected_code=$?
  env -u DOTNET_ROOT PATH="$bare_path" "$standalone" validate --schema --format json "$document" >"$work/actual" 2>&1 || actual_code=$?
  problem=""
  if [ "$actual_code" != "$expected_code" ]; then
    problem="exit code $actual_code, the dotnet tool's $expected_code"
  elif ! cmp -s "$work/expected" "$work/actual"; then
    problem="the report differs from the dotnet tool's"
  elif [[ "$document" == "$corpus"/invalid/* && "$actual_code" != 1 ]]; then
    problem="exit code $actual_code for an invalid document, not 1"
  fi
  if [ -z "$problem" ]; then
    agree=$((agree + 1))
  else
    differ=$((differ + 1))
    echo "standalone check: $document: $problem" >&2
  fi
done

report "$agree" "$differ"
[ "$differ" -eq 0 ]
