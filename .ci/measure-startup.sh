#!/usr/bin/env bash
# Measures the start-up of `validate` on one small file: the dotnet tool as its portable `any` package
# holds it (IL only: the build output), the dotnet tool as its linux-x64 package holds it (ReadyToRun, published
# here as the pack publishes it), and the standalone executable, each run RUNS times (default 20) after one
# warm-up run. Prints the median, minimum and maximum wall-clock time and the median CPU time (user + system) in
# milliseconds: on a loaded machine the CPU time is the steadier figure. A measurement to run by hand, not a
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
published=artifacts/startup/tool-linux-x64

[ -x "$standalone" ] || { echo "no $standalone: run .ci/publish-standalone.sh linux-x64 first" >&2; exit 2; }
dotnet build src/Lmec.Content.Cli -c Release --nologo -v quiet >/dev/null
rm -rf "$published"
dotnet publish src/Lmec.Content.Cli -c Release -r linux-x64 --self-contained false -o "$published" --nologo -v quiet >/dev/null

# median NUMBER...: prints the median of the numbers.
median() {
  local sorted count
  mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
  count=${#sorted[@]}
  if ((count % 2)); then echo "${sorted[count / 2]}"; else echo $(((sorted[count / 2 - 1] + sorted[count / 2]) / 2)); fi
}

# measure NAME COMMAND...: runs the command RUNS times and prints its median, min and max wall-clock time and its
# median CPU time.
measure() {
  local name="$1"; shift
  local walls=() cpus=() real user system TIMEFORMAT='%3R %3U %3S'
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    read -r real user system < <({ time "$@" >/dev/null 2>&1 || true; } 2>&1)
    walls+=($((10#${real/./})))
    cpus+=($((10#${user/./} + 10#${system/./})))
  done
  mapfile -t walls < <(printf '%s\n' "${walls[@]}" | sort -n)
  printf '%-38s median %5d ms  min %5d ms  max %5d ms  CPU median %5d ms  (%d runs)\n' \
    "$name" "$(median "${walls[@]}")" "${walls[0]}" "${walls[${#walls[@]} - 1]}" "$(median "${cpus[@]}")" "${#walls[@]}"
}

echo "validate $file"
measure "dotnet tool, any (IL only)" dotnet "$tool" validate "$file"
measure "dotnet tool, linux-x64 (ReadyToRun)" dotnet "$published/lmec-content.dll" validate "$file"
measure "lmec-content-linux-x64" "$standalone" validate "$file"
