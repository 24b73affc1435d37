"""When each card comes back, and the file that remembers it.

FSRS (the py-fsrs package) schedules a card from the answers given to it: a right answer rates it
Good, a wrong one Again. The progress file, data/quiz-progress.jsonl, sits beside the notes, so a
rebuild never touches it, and is keyed by concept IRI and card kind, so a concept keeps its history
while its IRI stays (cards of concepts the graph no longer holds are kept, should they come back).
It is JSON Lines: a header line, then one card a line, sorted, so that an error names its line and
a diff of the file shows the cards that changed:

    {"kg": "quiz progress", "format": 1}
    {"iri": "...", "kind": "term", "label": "mixture of experts", "state": 2, "step": null,
     "stability": 3.2, "difficulty": 5.1, "due": "2025-06-04T10:00:00+00:00",
     "last_review": "...", "reviews": [["2025-06-01T10:00:00+00:00", 3]]}

It is written whole through a temporary file and a rename after every answer; a file that does
not read is an error naming its line, and is left as it was.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from fsrs import Card, Rating, Scheduler, State

from kg.errors import KGError
from kg.files import atomic_write
from kg.study.questions import CardKey

PROGRESS_FILE = "quiz-progress.jsonl"  # in the data folder
FORMAT = 1
HEADER = {"kg": "quiz progress", "format": FORMAT}


class ProgressError(KGError):
    """The quiz progress file does not read; it is left as it was."""


class Record:
    """One card's progress: its FSRS state and every answer given to it."""

    __slots__ = ("key", "label", "card", "reviews")

    def __init__(self, key: CardKey, label: str, card: Card, reviews: list[tuple[str, int]]) -> None:
        self.key = key
        self.label = label
        self.card = card
        self.reviews = reviews  # (when, rating): Again 1, Good 3

    def as_json(self) -> dict[str, Any]:
        state = self.card.to_dict()
        del state["card_id"]  # made from the key on reading
        return {"iri": self.key.iri, "kind": self.key.kind, "label": self.label, **state,
                "reviews": [list(r) for r in self.reviews]}


def new_card(key: CardKey, now: datetime) -> Card:
    return Card(card_id=_card_id(key), due=now)  # an id given: Card() would sleep 1 ms to make one


def _card_id(key: CardKey) -> int:
    return zlib.crc32(str(key).encode("utf-8"))


class Progress:
    """Every card's progress, read from and written to one file."""

    def __init__(self, path: Path, records: dict[CardKey, Record] | None = None, *, fuzz: bool = True) -> None:
        self.path = path
        self.records = records or {}
        # FSRS spreads long intervals a little at random so that cards learnt together do not all
        # come back on one day; a seeded session turns that off to be repeatable.
        self.scheduler = Scheduler(enable_fuzzing=fuzz)

    @classmethod
    def load(cls, path: Path, *, fuzz: bool = True) -> Progress:
        """The progress in `path`; none yet if there is no such file. ProgressError if it does not read."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls(path, fuzz=fuzz)
        except OSError as error:
            raise ProgressError(f"cannot read the quiz progress: {error.strerror or error}", path=str(path)) from None
        return cls(path, parse(data, str(path)), fuzz=fuzz)

    def save(self) -> None:
        lines = [json.dumps(HEADER)]
        lines += [json.dumps(self.records[k].as_json(), ensure_ascii=False) for k in sorted(self.records)]
        atomic_write(self.path, "\n".join(lines) + "\n")

    def get(self, key: CardKey) -> Record | None:
        return self.records.get(key)

    def is_due(self, key: CardKey, now: datetime) -> bool:
        record = self.records.get(key)
        return record is not None and record.card.due <= now

    def review(self, key: CardKey, label: str, right: bool, now: datetime) -> Record:
        """Schedule a card after an answer given at `now` (UTC): Good if right, Again if not."""
        record = self.records.get(key) or Record(key, label, new_card(key, now), [])
        rating = Rating.Good if right else Rating.Again
        record.card, log = self.scheduler.review_card(record.card, rating, now)
        record.label = label
        record.reviews.append((log.review_datetime.isoformat(), int(log.rating)))
        self.records[key] = record
        return record

    def next_due(self, keys: set[CardKey]) -> datetime | None:
        """When the first of these cards that has been answered comes back."""
        return min((r.card.due for k, r in self.records.items() if k in keys), default=None)


# ---------------------------------------------------------------- reading the file

def parse(data: bytes, path: str) -> dict[CardKey, Record]:
    """The records of a progress file's bytes; ProgressError naming the line that does not read."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProgressError("not UTF-8 text; the file is left as it was", path=path,
                            line=data.count(b"\n", 0, error.start) + 1) from None
    records: dict[CardKey, Record] = {}
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise ProgressError(f"{error.msg.removesuffix(' at')} at column {error.colno}; the file is left as it was", path=path, line=number) from None
        if not header_seen:
            _check_header(value, path, number)
            header_seen = True
            continue
        try:
            record = _record(value)
        except (KeyError, TypeError, ValueError) as error:
            raise ProgressError(f"not a card's progress ({_reason(error)}); the file is left as it was",
                                path=path, line=number) from None
        if record.key in records:
            raise ProgressError(f"a second record for {record.key}; the file is left as it was", path=path, line=number)
        records[record.key] = record
    return records


def _check_header(value: object, path: str, number: int) -> None:
    if not isinstance(value, dict) or value.get("kg") != HEADER["kg"] or not isinstance(value.get("format"), int):
        raise ProgressError(f"not a quiz progress file (its first line should be {json.dumps(HEADER)}); "
                            "the file is left as it was", path=path, line=number)
    if value["format"] > FORMAT:
        raise ProgressError(f"written by a newer kg (format {value['format']}); the file is left as it was", path=path, line=number)


def _record(value: object) -> Record:
    if not isinstance(value, dict):
        raise TypeError("a JSON object is expected")
    key = CardKey(_text(value, "iri"), _text(value, "kind"))
    state = State(_whole(value["state"], "state"))
    step = None if value.get("step") is None else _whole(value["step"], "step")
    card = Card(card_id=_card_id(key), state=state, step=step, stability=_number(value.get("stability"), "stability"),
                difficulty=_number(value.get("difficulty"), "difficulty"), due=_when(value["due"], "due"),
                last_review=None if value.get("last_review") is None else _when(value["last_review"], "last_review"))
    reviews = value.get("reviews", [])
    if not isinstance(reviews, list):
        raise TypeError("'reviews' is not a list")
    log = []
    for review in reviews:
        if not (isinstance(review, list) and len(review) == 2):
            raise TypeError("a review is not [when, rating]")
        log.append((_when(review[0], "a review's time").isoformat(), int(Rating(_whole(review[1], "a rating")))))
    label = value.get("label", "")
    return Record(key, label if isinstance(label, str) else "", card, log)


def _text(value: dict[str, Any], name: str) -> str:
    found = value[name]
    if not isinstance(found, str) or not found:
        raise TypeError(f"'{name}' is not a text")
    return found


def _whole(found: object, name: str) -> int:
    if not isinstance(found, int) or isinstance(found, bool):
        raise TypeError(f"'{name}' is not a whole number")
    return found


def _number(found: object, name: str) -> float | None:
    if found is None:
        return None
    if not isinstance(found, (int, float)) or isinstance(found, bool) or found != found or found in (float("inf"), float("-inf")):
        raise TypeError(f"'{name}' is not a number")
    return float(found)


def _when(found: object, name: str) -> datetime:
    if not isinstance(found, str):
        raise TypeError(f"'{name}' is not a date")
    moment = datetime.fromisoformat(found)
    if moment.tzinfo is None:
        raise ValueError(f"'{name}' has no time zone")
    return moment.astimezone(timezone.utc)


def _reason(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"no '{error.args[0]}'"
    said = " ".join(str(error).split())  # one line, whatever the file held
    return said if len(said) <= 120 else said[:119] + "\u2026"
