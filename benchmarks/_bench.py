"""What the benchmark scripts share: timed rounds and their median, the machine line, the table, the command line.

Private to `benchmarks/`. The scripts are run as `python benchmarks/<name>.py`, which puts this folder first on
`sys.path`, so they import this module as `_bench`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T")


class _Cell(Protocol):
    @property
    def setup(self) -> str: ...


C = TypeVar("C", bound=_Cell)
D = TypeVar("D", bound="DataclassInstance")


# -- timing ----------------------------------------------------------------------------------------------------


def rounds_of(items: Sequence[T], rounds: int | None = None) -> list[Sequence[T]]:
    """`items` in `rounds` equal rounds (by default five, or one for fewer than 50 items); a remainder is left out."""
    if rounds is None:
        rounds = 5 if len(items) >= 50 else 1
    per_round = max(1, len(items) // rounds)
    return [items[r * per_round : (r + 1) * per_round] for r in range(rounds)]


def median_us(
    fn: Callable[..., object],
    rounds: Iterable[Sequence[tuple[Any, ...]]],
    warm_up: Iterable[tuple[Any, ...]] = (),
) -> float:
    """µs per call of `fn(*args)`, one call per `args` of a round: the median round's mean.

    The `warm_up` calls come first and are not timed. The median round is reported because the machine may have
    other work on its cores.
    """
    for args in warm_up:
        fn(*args)
    timings = []
    for batch in rounds:
        start = time.perf_counter()
        for args in batch:
            fn(*args)
        timings.append((time.perf_counter() - start) / len(batch))
    return statistics.median(timings) * 1e6


# -- reporting -------------------------------------------------------------------------------------------------


def machine() -> str:
    """The line printed above a table: `python 3.11.7 on x86_64, 2 cores`."""
    return f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores"


def table(
    columns: Sequence[tuple[str, str]],
    cells: Iterable[C],
    key: Callable[[C], tuple[str, ...]],
    us: Callable[[C], float],
    figures: Callable[..., Sequence[str]],
) -> str:
    """A title line, a rule as wide, then a line per row: one row per `key` of the cells, in the order first seen.

    `columns` are (title, format spec) pairs such as `("record kind", "<34")` or `("plain µs", ">9")`. A row holds
    its key's values, then `figures(plain=µs, ocrshield=µs, ...)`: the `us` of the row's cells passed by setup, the
    figures returned as text (`f"{plain:.1f}"`). Each text is laid out by its column's spec, one space between
    columns.
    """
    groups: dict[tuple[str, ...], dict[str, float]] = {}
    for cell in cells:
        groups.setdefault(key(cell), {})[cell.setup] = us(cell)

    def line(texts: Sequence[str]) -> str:
        return " ".join(format(text, spec) for (_, spec), text in zip(columns, texts, strict=True))

    head = line([title for title, _ in columns])
    return "\n".join([head, "-" * len(head), *(line([*k, *figures(**by)]) for k, by in groups.items())])


# -- command line ----------------------------------------------------------------------------------------------


def parser(doc: str | None, unit: str) -> argparse.ArgumentParser:
    """A parser with the script's docstring as its help and `--quick` (a few `unit` per cell, for a smoke test)."""
    result = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    result.add_argument("--quick", action="store_true", help=f"a few {unit} per cell (smoke test)")
    return result


def main(
    doc: str | None,
    run: Callable[[bool], list[D]],
    tabulate: Callable[[list[D]], str],
    argv: Sequence[str] | None = None,
    *,
    unit: str = "records",
    note: str = "",
) -> int:
    """A benchmark's command line: `--quick` and `--json PATH`.

    Runs `run(quick)`, prints the machine line followed by `note`, then `tabulate(cells)`; with `--json` it also
    writes the cells (dataclasses) as a JSON list.
    """
    cli = parser(doc, unit)
    cli.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = cli.parse_args(argv)
    cells = run(args.quick)
    print(machine() + note)
    print(tabulate(cells))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(c) for c in cells], indent=2), encoding="utf-8")
    return 0
