#!/usr/bin/env python3
"""Draws the throughput chart of CoreCountBenchmarks as an SVG, by hand (Python 3.11 standard library only).

Reads the CSV report BenchmarkDotNet writes (BenchmarkDotNet.Artifacts/results/
Lmec.Content.Benchmarks.CoreCountBenchmarks-report.csv): one row per method and core count with the columns
Method, Cores, Mean, Error and MB/s. Draws, for each core count, one bar per method (the throughput in MB/s) with
an error bar (the mean's error, relative: MB/s × Error / Mean).

Usage: python3 benchmarks/chart/throughput.py RESULTS.csv OUTPUT.svg
"""

from __future__ import annotations

import csv
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

# Nanoseconds per unit, as BenchmarkDotNet writes units in cells (μ and µ are both seen; us where the console is ASCII).
UNITS = {"ns": 1.0, "us": 1e3, "μs": 1e3, "µs": 1e3, "ms": 1e6, "s": 1e9}
COLOURS = ["#8c8c8c", "#c7a252", "#1f5fa8", "#5aa05a", "#b5533c", "#7b5ea7", "#3c9cb5"]
OURS = "read + validate"
WIDTH, HEIGHT = 760, 440
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 60, 110


@dataclass(frozen=True)
class Bar:
    """One method on one core count."""

    method: str
    cores: int
    throughput: float
    error: float


def duration(cell: str) -> float:
    """Reads a BenchmarkDotNet time such as '16,931.2 μs' as nanoseconds."""
    match = re.fullmatch(r"\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([a-zμµ]*)\s*", cell)
    if not match or match.group(2) not in UNITS:
        raise ValueError(f"not a time with its unit: '{cell}'")
    return float(match.group(1).replace(",", "")) * UNITS[match.group(2)]


def number(cell: str) -> float:
    return float(cell.replace(",", "").strip())


def read(path: Path) -> list[Bar]:
    """The bars of a BenchmarkDotNet CSV report; fails on a report without the columns the chart needs."""
    with open(path, newline="", encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(file))
    needed = ["Method", "Cores", "Mean", "Error", "MB/s"]
    missing = [column for column in needed if not rows or column not in rows[0]]
    if missing:
        raise ValueError(f"{path.name} has no column {', '.join(missing)}: is it the report of CoreCountBenchmarks?")
    bars = []
    for row in rows:
        mean, error, throughput = duration(row["Mean"]), duration(row["Error"]), number(row["MB/s"])
        bars.append(Bar(row["Method"].strip().strip("'"), int(row["Cores"]), throughput, throughput * error / mean))
    return bars


def nice_step(top: float) -> float:
    """A step of 1, 2 or 5 times a power of ten that divides 0..top into four to ten parts."""
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= raw)


def svg(bars: list[Bar], title: str) -> str:
    methods = list(dict.fromkeys(bar.method for bar in bars))
    cores = sorted({bar.cores for bar in bars})
    by_key = {(bar.method, bar.cores): bar for bar in bars}
    step = nice_step(max(bar.throughput + bar.error for bar in bars))
    top = step * math.ceil(max(bar.throughput + bar.error for bar in bars) / step)
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    group = plot_width / len(cores)
    bar_width = group * 0.8 / len(methods)

    def y(value: float) -> float:
        return TOP + plot_height * (1 - value / top)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
        f'<text x="{WIDTH / 2:.1f}" y="24" text-anchor="middle" font-size="15" font-weight="bold">{escape(title)}</text>',
        f'<text x="{WIDTH / 2:.1f}" y="42" text-anchor="middle" fill="#555555">MB/s (10^6 bytes a second), higher is better; error bars: the mean\'s 99.9 % error</text>',
    ]
    tick = 0.0
    while tick <= top + step / 2:
        out.append(f'<line x1="{LEFT}" y1="{y(tick):.1f}" x2="{WIDTH - RIGHT}" y2="{y(tick):.1f}" stroke="#e2e2e2"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:g}</text>')
        tick += step
    out.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_height}" stroke="#333333"/>')
    out.append(f'<line x1="{LEFT}" y1="{TOP + plot_height}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_height}" stroke="#333333"/>')
    out.append(f'<text x="18" y="{TOP + plot_height / 2:.1f}" text-anchor="middle" transform="rotate(-90 18 {TOP + plot_height / 2:.1f})">MB/s</text>')
    for group_index, core_count in enumerate(cores):
        start = LEFT + group * group_index + group * 0.1
        out.append(f'<text x="{LEFT + group * (group_index + 0.5):.1f}" y="{TOP + plot_height + 18}" text-anchor="middle">'
                   f'{core_count} core{"s" if core_count != 1 else ""}</text>')
        for method_index, method in enumerate(methods):
            bar = by_key.get((method, core_count))
            if bar is None:
                continue
            x = start + bar_width * method_index
            middle = x + bar_width / 2
            colour = COLOURS[method_index % len(COLOURS)]
            out.append(f'<rect class="bar" data-method="{escape(method)}" data-cores="{core_count}" data-mbps="{bar.throughput:g}" '
                       f'x="{x + 1:.1f}" y="{y(bar.throughput):.1f}" width="{bar_width - 2:.1f}" height="{y(0) - y(bar.throughput):.1f}" fill="{colour}">'
                       f'<title>{escape(method)}, {core_count} cores: {bar.throughput:.1f} ± {bar.error:.1f} MB/s</title></rect>')
            low, high = y(max(bar.throughput - bar.error, 0)), y(bar.throughput + bar.error)
            out.append(f'<line x1="{middle:.1f}" y1="{low:.1f}" x2="{middle:.1f}" y2="{high:.1f}" stroke="#222222"/>')
            out.append(f'<line x1="{middle - 3:.1f}" y1="{high:.1f}" x2="{middle + 3:.1f}" y2="{high:.1f}" stroke="#222222"/>')
            out.append(f'<text x="{middle:.1f}" y="{high - 4:.1f}" text-anchor="middle" font-size="10">{bar.throughput:.0f}</text>')
    columns = 3
    for method_index, method in enumerate(methods):
        x = LEFT + (method_index % columns) * (plot_width / columns)
        legend_y = TOP + plot_height + 42 + (method_index // columns) * 20
        weight = ' font-weight="bold"' if method.startswith(OURS) else ""
        out.append(f'<rect x="{x:.1f}" y="{legend_y - 10}" width="12" height="12" fill="{COLOURS[method_index % len(COLOURS)]}"/>')
        out.append(f'<text x="{x + 18:.1f}" y="{legend_y}"{weight}>{escape(method)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(arguments: list[str]) -> int:
    if len(arguments) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source, target = Path(arguments[0]), Path(arguments[1])
    try:
        bars = read(source)
    except (OSError, ValueError, KeyError) as error:
        print(f"cannot draw the chart: {error}", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(svg(bars, "Validating the archive: throughput per core count"), encoding="utf-8")
    print(f"{target}: {len(bars)} bars")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
