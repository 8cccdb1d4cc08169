#!/usr/bin/env python3
"""Measures the tool's validation of a large NDJSON archive against the floor of parsing it.

Generates (once) an archive of valid generated issues with the benchmarks app, then runs, alternately and
ROUNDS times each, in a rotating order:
  floor       the benchmarks app's `floor` command: every line parsed with JsonDocument, every value touched;
  parallel 1  `lmec-content validate ARCHIVE --parallel 1`;
  parallel N  `lmec-content validate ARCHIVE --parallel N` (N: all cores unless --parallel says otherwise).
It prints the machine and its load before and after, then for each the median, minimum and maximum wall time,
the throughput, the ratio to the floor (of the medians, and the median of each round's ratio), the median CPU
time (user + system) and its ratio to the floor's (the steadier figure on a loaded machine) and the peak resident
memory, and checks that the reports of the two tool runs are byte-identical.
Where the tool does not know --parallel, it says so and measures the tool once per round without it.

Python 3.11 standard library only. Exit code: 0 when every run succeeded and the reports are identical,
1 otherwise, 2 for a usage error. Timings depend on the machine and its load: compare the ratios.

Usage: python3 benchmarks/archive/measure.py [--rounds 5] [--size 200MB] [--archive PATH] [--parallel N]
       [--format json] [--tool PATH] [--benchmarks PATH] [--no-build]
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks" / "Lmec.Content.Benchmarks"
BENCHMARKS_DLL = BENCHMARKS / "bin" / "Release" / "net10.0" / "Lmec.Content.Benchmarks.dll"
CLI = ROOT / "src" / "Lmec.Content.Cli"
TOOL_DLL = CLI / "bin" / "Release" / "net10.0" / "lmec-content.dll"
PROBE = ROOT / "schemas" / "v1" / "examples" / "newsletter-2023-06.json"

# The budgets: tool on all cores at most 1.0 times the floor, on one core 1.3 times; peak memory under 200 MB.
BUDGET_ALL_CORES = 1.0
BUDGET_ONE_CORE = 1.3
BUDGET_PEAK_BYTES = 200 * 1000 * 1000


@dataclass
class Run:
    """One timed run of a command."""

    wall: float
    cpu: float
    peak_kib: int
    exit_code: int
    output: Path


@dataclass
class Variant:
    """One thing measured, run once a round."""

    name: str
    command: list[str]
    expected_exit: int = 0
    runs: list[Run] = field(default_factory=list)


def parse_size(text: str) -> int:
    """Reads 200MB, 5kB, 1GB or a number of bytes (powers of 1,000) as the benchmarks app does."""
    digits = text.rstrip("Bb")
    unit = 1
    if digits and digits[-1].upper() in "KMG":
        unit = {"K": 10**3, "M": 10**6, "G": 10**9}[digits[-1].upper()]
        digits = digits[:-1]
    if not digits.isdigit() or int(digits) <= 0:
        raise argparse.ArgumentTypeError(f"a size such as 200MB, not '{text}'")
    return int(digits) * unit


def dotnet(path: Path) -> list[str]:
    """The command that runs a .NET program: `dotnet X.dll`, or the executable itself."""
    return ["dotnet", str(path)] if path.suffix == ".dll" else [str(path)]


def timed(command: list[str], output: Path) -> Run:
    """Runs a command with standard output to a file; wall time, CPU time and peak RSS of that process."""
    with open(output, "wb") as out, open(output.with_suffix(".stderr"), "wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux.
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, process.returncode, output)


def machine() -> str:
    """Cores, processor, memory, OS and .NET."""
    model = "unknown processor"
    memory = "unknown memory"
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
        kib = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    sdk = subprocess.run(["dotnet", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    return f"{os.cpu_count()} cores ({model}), {memory}, {platform.system()} {platform.release()}, .NET SDK {sdk}"


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def build() -> None:
    for project in (BENCHMARKS, CLI):
        print(f"building {project.relative_to(ROOT)} (Release)", flush=True)
        subprocess.run(["dotnet", "build", str(project), "-c", "Release", "--nologo", "-v", "quiet"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def knows_parallel(tool: list[str]) -> bool:
    """Whether the tool accepts --parallel: it validates the example issue with --parallel 1 without a usage error."""
    probe = subprocess.run([*tool, "validate", str(PROBE), "--parallel", "1"], capture_output=True, text=True, cwd=ROOT, check=False)
    return not (probe.returncode == 2 and "--parallel" in probe.stderr)


def digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="runs of each, alternating (default 5)")
    parser.add_argument("--size", type=parse_size, default=parse_size("200MB"), help="archive size to generate (default 200MB)")
    parser.add_argument("--archive", type=Path, help="the archive; generated when missing (default artifacts/archive/archive-SIZE.ndjson)")
    parser.add_argument("--parallel", type=int, default=os.cpu_count(), help="cores for the all-cores run (default: all)")
    parser.add_argument("--format", default="json", choices=["text", "json", "sarif"], help="the tool's report format (default json)")
    parser.add_argument("--tool", type=Path, default=TOOL_DLL, help="lmec-content.dll or a standalone executable (default: the Release build)")
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS_DLL, help="Lmec.Content.Benchmarks.dll (default: the Release build)")
    parser.add_argument("--no-build", action="store_true", help="use the builds as they are")
    args = parser.parse_args()
    if args.rounds < 1 or args.parallel < 1:
        parser.error("--rounds and --parallel must be at least 1")

    print(f"machine: {machine()}")
    print(f"date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")
    load_before = load()
    print(f"load average before (1, 5, 15 min): {load_before}", flush=True)
    if not args.no_build:
        build()

    for program in (args.benchmarks, args.tool):
        if not program.exists():
            print(f"no {program}: build it (drop --no-build) or name another with --benchmarks or --tool", file=sys.stderr)
            return 2

    archive = args.archive or ROOT / "artifacts" / "archive" / f"archive-{args.size}.ndjson"
    if not archive.exists():
        archive.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating {archive} ({args.size:,} bytes)", flush=True)
        subprocess.run([*dotnet(args.benchmarks.resolve()), "generate-archive", str(archive), str(args.size)], cwd=ROOT, check=True)
    size = archive.stat().st_size

    tool = dotnet(args.tool.resolve())
    validate = [*tool, "validate", str(archive), "--format", args.format]
    variants = [Variant("floor (JsonDocument)", [*dotnet(args.benchmarks.resolve()), "floor", str(archive)])]
    parallel = knows_parallel(tool)
    if parallel:
        variants.append(Variant("tool --parallel 1", [*validate, "--parallel", "1"]))
        variants.append(Variant(f"tool --parallel {args.parallel}", [*validate, "--parallel", str(args.parallel)]))
    else:
        print("NOTE: the tool rejects --parallel (not in this build): the tool is measured without it, once a round, as it runs today "
              "(one core); there is no all-cores figure and no comparison of reports.", flush=True)
        variants.append(Variant("tool (no --parallel)", validate))

    failures = 0
    with tempfile.TemporaryDirectory(prefix="lmec-measure-") as scratch:
        for round_number in range(args.rounds):
            # Rotate the order each round, so that no variant always follows the same one.
            shift = round_number % len(variants)
            for index, variant in enumerate(variants[shift:] + variants[:shift]):
                run = timed(variant.command, Path(scratch) / f"{round_number}-{variants.index(variant)}.out")
                variant.runs.append(run)
                print(f"round {round_number + 1}/{args.rounds}: {variant.name:<24} {run.wall:7.2f} s wall, {run.cpu:7.2f} s CPU, "
                      f"{run.peak_kib / 1024:7.1f} MiB peak, exit {run.exit_code}", flush=True)
                if run.exit_code != variant.expected_exit:
                    failures += 1
                    print(f"  {variant.name} exited {run.exit_code}: {run.output.with_suffix('.stderr').read_text(errors='replace')[:2000]}", file=sys.stderr)

        floor_output = variants[0].runs[0].output.read_text().strip()
        identical = None
        if parallel:
            digests = {digest(run.output) for variant in variants[1:] for run in variant.runs}
            identical = len(digests) == 1
            if not identical:
                failures += 1
                print("the reports of --parallel 1 and --parallel N differ (or differ between rounds): "
                      f"{len(digests)} distinct outputs", file=sys.stderr)
            report_bytes = variants[1].runs[0].output.stat().st_size

    print()
    print(f"archive: {archive.name}, {size:,} bytes; floor says: {floor_output}")
    print(f"load average after (1, 5, 15 min): {load()} (before: {load_before})")
    print(f"rounds: {args.rounds}, order rotating each round; tool: {' '.join(tool)} --format {args.format}")
    print()
    floor = variants[0]
    floor_median = statistics.median(run.wall for run in floor.runs)
    floor_cpu = statistics.median(run.cpu for run in floor.runs)
    print("| run | median wall | min – max | MB/s (wall) | ratio to floor | median of per-round ratios | median CPU | CPU ratio to floor | peak RSS |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    for variant in variants:
        walls = [run.wall for run in variant.runs]
        median = statistics.median(walls)
        paired = statistics.median(run.wall / base.wall for run, base in zip(variant.runs, floor.runs))
        peak = max(run.peak_kib for run in variant.runs)
        cpu = statistics.median(run.cpu for run in variant.runs)
        print(f"| {variant.name} | {median:.2f} s | {min(walls):.2f} – {max(walls):.2f} s | {size / median / 1e6:.1f} | {median / floor_median:.2f} "
              f"| {paired:.2f} | {cpu:.2f} s | {cpu / floor_cpu:.2f} | {peak / 1024:.1f} MiB |")
    print()

    def verdict(name: str, ratio: float, budget: float) -> None:
        print(f"{name}: {ratio:.2f}× the floor, budget ≤ {budget}×: {'met' if ratio <= budget else 'NOT met'}")

    tools = variants[1:]
    if parallel:
        verdict("one core (--parallel 1)", statistics.median(run.wall for run in tools[0].runs) / floor_median, BUDGET_ONE_CORE)
        verdict(f"all cores (--parallel {args.parallel})", statistics.median(run.wall for run in tools[1].runs) / floor_median, BUDGET_ALL_CORES)
        print(f"reports byte-identical (all {2 * args.rounds} runs, {report_bytes:,} bytes): {'yes' if identical else 'NO'}")
    else:
        verdict("tool without --parallel", statistics.median(run.wall for run in tools[0].runs) / floor_median, BUDGET_ONE_CORE)
    peak = max(run.peak_kib * 1024 for variant in tools for run in variant.runs)
    print(f"peak RSS of the tool: {peak / 1e6:.1f} MB, budget < {BUDGET_PEAK_BYTES / 1e6:.0f} MB: {'met' if peak < BUDGET_PEAK_BYTES else 'NOT met'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
