"""What every accuracy corpus produces: labelled records, and how one is built from a seed.

A corpus (`corpus_dev.py`, `corpus_heldout.py`, an outside data set's loader) is any object with a `name`, its
`kinds` and `records(per_kind) -> list[Record]`. Each record holds one payload (a JSON-like object, or a text
for the text kinds), the personal values planted in it and the operational values that must survive.
`accuracy.py` scores every corpus the same way.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["Collision", "Corpus", "Operational", "Planted", "Record", "Recorder", "build_record", "serialise"]


@dataclass(frozen=True, slots=True)
class Planted:
    """A personal value planted in a payload. `digits`: what must not survive of an identifier."""

    entity: str
    value: str
    form: str = ""
    digits: str = ""


@dataclass(frozen=True, slots=True)
class Operational:
    """A value that must survive, as it appears in the serialised payload (`"LatencyMs": 231` for numbers)."""

    category: str
    fragment: str


@dataclass(frozen=True, slots=True)
class Record:
    """One labelled payload. `is_text`: the payload is a log text (redacted with `redact_text`)."""

    kind: str
    index: int
    payload: Any
    planted: tuple[Planted, ...]
    operational: tuple[Operational, ...]
    is_text: bool = False


class Corpus(Protocol):
    name: str
    kinds: tuple[str, ...]

    def records(self, per_kind: int) -> list[Record]: ...


class Collision(Exception):
    """A planted value is also part of another recorded value: the record is drawn again."""


class Recorder:
    """Builds one payload while recording what was planted and what must survive."""

    def __init__(self) -> None:
        self.planted: list[Planted] = []
        self.operational: list[Operational] = []

    def pii(self, entity: str, value: str, *, form: str = "", digits: bool = False) -> str:
        d = "".join(c for c in value if c.isdigit() or c == "X") if digits else ""
        self.planted.append(Planted(entity, value, form, d))
        return value

    def op(self, category: str, value: str) -> str:
        if value:
            self.operational.append(Operational(category, value))
        return value

    def op_num(self, category: str, key: str, value: float) -> float:
        self.operational.append(Operational(category, json.dumps({key: value})[1:-1]))
        return value

    def check(self) -> None:
        # A planted value inside another planted value (a compact birth date inside the ID number) is fine: the
        # leak check looks for it outside the other. Operational values must be apart from planted ones.
        for p in self.planted:
            for o in self.operational:
                if p.value in o.fragment or o.fragment in p.value:
                    raise Collision


def build_record(
    seed_key: str,
    kind: str,
    index: int,
    builder: Callable[[random.Random, Recorder], Any],
    *,
    is_text: bool = False,
    reseed: Callable[[random.Random], None] | None = None,
) -> Record:
    """Build the record `(seed_key, kind, index)`: the same key gives the same record in any order of generation.
    A draw whose planted and operational values collide is drawn again. `reseed` re-seeds other generators
    (Faker) from the record's own random source before each draw."""
    for attempt in range(50):
        rnd = random.Random(f"{seed_key}:{kind}:{index}:{attempt}")
        if reseed is not None:
            reseed(rnd)
        rec = Recorder()
        payload = builder(rnd, rec)
        try:
            rec.check()
        except Collision:
            continue
        return Record(kind, index, payload, tuple(rec.planted), tuple(rec.operational), is_text)
    raise RuntimeError(f"no collision-free record for {kind}#{index}")  # pragma: no cover


def serialise(payload: Any) -> str:
    return payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
