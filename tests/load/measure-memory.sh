#!/usr/bin/env bash
# Peak memory of lmec-content validate on large input, by hand (CI runs the small load tests instead):
#
#   tests/load/measure-memory.sh [MEGABYTES...]      (default: 50 200)
#
# For each size, generates an .ndjson archive of that many megabytes (the examples, one a line, and an
# invalid edit of one of them, repeated; the same bytes every time) and validates it through the tool's
# streaming path; then pipes a single document of 1 GiB (a string that never ends) to the tool's standard
# input. Prints the peak resident set size and the time of each run, from /usr/bin/time. The archives go
# to artifacts/load/ (ignored by git); LOAD_OUTPUT moves them elsewhere.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
work="${LOAD_OUTPUT:-$root/artifacts/load}"
sizes=("$@")
[ $# -gt 0 ] || sizes=(50 200)

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

if [ ! -x /usr/bin/time ]; then
  echo "Installing time from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

echo "Building the tool (Release)"
dotnet build src/Lmec.Content.Cli/Lmec.Content.Cli.csproj -c Release --nologo -v quiet >/dev/null
tool="$root/src/Lmec.Content.Cli/bin/Release/net10.0/lmec-content.dll"
mkdir -p "$work"

# One block of lines: each example on one line (JSON strings hold no line breaks, so dropping them keeps
# the document), and the newsletter with a year that is not its publication date's, which is invalid.
block="$work/block.ndjson"
: >"$block"
for example in schemas/v1/examples/*.json; do
  tr -d '\r\n' <"$example" >>"$block"
  echo >>"$block"
done
tr -d '\r\n' <schemas/v1/examples/newsletter-2023-06.json | sed 's/"year": *2023/"year": 2022/' >>"$block"
echo >>"$block"

measure() {
  local label="$1" command="$2"
  local log="$work/time.log" status=0
  /usr/bin/time -v sh -c "$command" 2>"$log" || status=$?
  awk -v label="$label" -v status="$status" '
    /Maximum resident set size/ { rss = $NF }
    /Elapsed \(wall clock\)/ { wall = $NF }
    END { printf "%-40s peak RSS %7.1f MiB   wall %s   exit %s\n", label, rss / 1024, wall, status }' "$log"
}

for megabytes in "${sizes[@]}"; do
  archive="$work/archive-${megabytes}mb.ndjson"
  # Whole blocks, as many as fit in the size asked for.
  blocks=$((megabytes * 1024 * 1024 / $(stat -c %s "$block")))
  cp "$block" "$archive"
  while [ "$(wc -l <"$archive")" -lt "$((blocks * $(wc -l <"$block")))" ]; do
    cat "$archive" "$archive" >"$archive.next"
    mv "$archive.next" "$archive"
  done
  head -n "$((blocks * $(wc -l <"$block")))" "$archive" >"$archive.next"
  mv "$archive.next" "$archive"
  measure "archive of $(($(stat -c %s "$archive") / 1024 / 1024)) MB, $(wc -l <"$archive") documents" \
    "dotnet '$tool' validate --format json '$archive' >'$work/report.json'"
  grep -o '"summary":{[^}]*}' "$work/report.json"
done

measure "one document of 1 GiB on stdin" \
  "{ printf '{\"kind\":\"newsletterIssue\",\"title\":{\"en\":\"'; head -c 1073741824 /dev/zero | tr '\\0' x; } | dotnet '$tool' validate --format json - >'$work/report-1gib.json'"
grep -o '"code":"[A-Z0-9]*"' "$work/report-1gib.json"
