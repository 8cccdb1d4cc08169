#!/usr/bin/env bash
# Measures the start-up of `validate` on one small file: the dotnet tool (`dotnet lmec-content.dll`)
# against the standalone executable, each run RUNS times (default 20) after one warm-up run, and prints
# the median, minimum and maximum wall-clock time in milliseconds. A measurement to run by hand, not a
# test: timings depend on the machine and its load.
# Usage: .ci/measure-startup.sh [FILE]   (RUNS=n to change the count)
# Needs: .ci/publish-standalone.sh linux-x64 run before.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

file="${1:-schemas/v1/conformance/valid/article-document-required-members-only.json}"
runs="${RUNS:-20}"
standalone=${STANDALONE:-artifacts/standalone/lmec-content-linux-x64}
tool=src/Lmec.Content.Cli/bin/Release/net10.0/lmec-content.dll

[ -x "$standalone" ] || { echo "no $standalone: run .ci/publish-standalone.sh linux-x64 first" >&2; exit 2; }
dotnet build src/Lmec.Content.Cli -c Release --nologo -v quiet >/dev/null

# measure NAME COMMAND...: runs the command RUNS times and prints its median, min and max.
measure() {
  local name="$1"; shift
  local times=() start end
  "$@" >/dev/null || true
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  mapfile -t times < <(printf '%s\n' "${times[@]}" | sort -n)
  local count=${#times[@]} median
  if ((count % 2)); then median=${times[count / 2]}; else median=$(((times[count / 2 - 1] + times[count / 2]) / 2)); fi
  printf '%-34s median %5d ms  min %5d ms  max %5d ms  (%d runs)\n' "$name" "$median" "${times[0]}" "${times[count - 1]}" "$count"
}

echo "validate $file"
measure "dotnet lmec-content.dll" dotnet "$tool" validate "$file"
measure "lmec-content-linux-x64" "$standalone" validate "$file"
