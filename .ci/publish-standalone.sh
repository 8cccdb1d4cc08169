#!/usr/bin/env bash
# Builds the standalone executables of lmec-content: self-contained (the .NET runtime inside, nothing to
# install on the target) and single-file, one per platform, as
#   artifacts/standalone/lmec-content-linux-x64
#   artifacts/standalone/lmec-content-win-x64.exe
#   artifacts/standalone/lmec-content-osx-arm64
# Usage: .ci/publish-standalone.sh [RID...]   (default: linux-x64 win-x64 osx-arm64)
# Needs only the .NET 10 SDK and the package source that restores the rest of the solution: the runtime
# packs of each platform come from there. Any machine builds all three.
#
# Not trimmed: the schema check reaches the model through NJsonSchema and Newtonsoft.Json by reflection,
# and the trim analysis rejects it. ReadyToRun (code compiled ahead of time beside the IL): it makes the
# file about 16 MB larger and `validate` of one file start about three times faster, measured with
# .ci/measure-startup.sh (docs/partners.md gives the figures); the same code runs, only compiled earlier.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

out=artifacts/standalone
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 win-x64 osx-arm64)

mkdir -p "$out"
for rid in "${rids[@]}"; do
  publish="$out/publish/$rid"
  rm -rf "$publish"
  dotnet publish src/Lmec.Content.Cli -c Release -r "$rid" --self-contained \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -o "$publish" --nologo -v quiet
  case "$rid" in
    win-*) source="$publish/lmec-content.exe"; target="$out/lmec-content-$rid.exe" ;;
    *) source="$publish/lmec-content"; target="$out/lmec-content-$rid" ;;
  esac
  # Only the executable ships: the .pdb files beside it are for debugging this build.
  mv -f "$source" "$target"
  rm -rf "$publish"
  echo "$target $(wc -c <"$target" | tr -d " ") bytes"
done
rmdir "$out/publish" 2>/dev/null || true
