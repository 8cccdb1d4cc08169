#!/usr/bin/env bash
# Coverage-guided fuzzing of the raw-JSON validation entry point with SharpFuzz and AFL++.
#
#   tests/fuzzing/run-campaign.sh [SECONDS]      (default 600; the campaign stops by itself after SECONDS)
#
# Builds the harness in Release, seeds a corpus from schemas/v1/examples and the bad-input cases,
# instruments Lmec.Content.dll, runs afl-fuzz time-boxed with -V, then prints executions, paths,
# crashes and hangs from afl's fuzzer_stats and replays every crash to show its stack trace.
# Everything it makes goes to artifacts/fuzzing/ (ignored by git); FUZZ_OUTPUT moves it elsewhere.
# It installs what it needs: afl++ from Debian's packages when afl-fuzz is missing, and the
# sharpfuzz tool from the repository's tool manifest.
set -euo pipefail

seconds="${1:-600}"
case "$seconds" in
  '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
work="${FUZZ_OUTPUT:-$root/artifacts/fuzzing}"
project="tests/fuzzing/Lmec.Content.Fuzzing/Lmec.Content.Fuzzing.csproj"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null; then
  echo "Installing afl++ from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
dotnet tool restore >/dev/null

rm -rf "$work"
mkdir -p "$work"
# The plain build stays in the repository, where the harness finds the examples; afl runs an instrumented copy.
plain="$root/tests/fuzzing/Lmec.Content.Fuzzing/bin/Release/net10.0"
instrumented="$work/instrumented"

echo "Building the harness (Release)"
dotnet build "$project" -c Release --nologo -v quiet >/dev/null

echo "Seeding the corpus"
dotnet "$plain/Lmec.Content.Fuzzing.dll" --seeds "$work/seeds"

# A dictionary of the wire format's member names and enum values, taken from the examples, and JSON's tokens.
{
  grep -ohE '"[A-Za-z$][A-Za-z0-9]*"' schemas/v1/examples/*.json | sort -u | sed 's/"/\\"/g; s/.*/"&"/'
  printf '%s\n' '"{"' '"}"' '"["' '"]"' '":"' '","' '"true"' '"false"' '"null"' '"\\u"' '"\\ud800"' '"1e400"' \
    '"-0"' '"9007199254740993"' '"\xef\xbb\xbf"' '"\\""' '"/*"' '"//"' '"T00:00:00Z"' '"+08:00"'
} | awk '{ printf "t%d=%s\n", NR, $0 }' >"$work/json.dict"

echo "Instrumenting Lmec.Content.dll"
cp -r "$plain" "$instrumented"
dotnet sharpfuzz "$instrumented/Lmec.Content.dll" >/dev/null

echo "Fuzzing for $seconds seconds"
# The target is dotnet running the harness, not a binary built by afl's compilers: skip its checks.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
afl-fuzz -i "$work/seeds" -o "$work/findings" -x "$work/json.dict" -t 5000 -m none -V "$seconds" \
  -- dotnet "$instrumented/Lmec.Content.Fuzzing.dll" >"$work/afl.log" 2>&1 || {
  echo "afl-fuzz failed; the end of its log:" >&2
  tail -n 30 "$work/afl.log" >&2
  exit 1
}

stats="$work/findings/default/fuzzer_stats"
stat() { sed -n "s/^$1 *: *//p" "$stats"; }
echo
echo "run time:        $(stat run_time) s"
echo "executions:      $(stat execs_done) ($(stat execs_per_sec) per second)"
echo "paths (corpus):  $(stat corpus_count), $(stat corpus_found) found by fuzzing"
echo "edges found:     $(stat edges_found) ($(stat bitmap_cvg))"
echo "crashes:         $(stat saved_crashes)"
echo "hangs:           $(stat saved_hangs)"
echo "findings:        $work/findings/default"

shopt -s nullglob
crashes=("$work"/findings/default/crashes/id:*)
hangs=("$work"/findings/default/hangs/id:*)
if ((${#crashes[@]} + ${#hangs[@]} > 0)); then
  echo
  echo "Replaying the crashes and hangs outside afl:"
  dotnet "$plain/Lmec.Content.Fuzzing.dll" --replay "${crashes[@]}" "${hangs[@]}" || true
  exit 1
fi
