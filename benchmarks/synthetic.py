"""A synthetic workspace in the owner's style, of any size, for benchmarks: data/notes/*.md, built.

    python benchmarks/synthetic.py --concepts 10000 --out benchmarks/.work/synth-10000
    python benchmarks/synthetic.py --concepts 1000 --out /tmp/synth --no-build

The notes look like the shipped ones: chapters and sections as headings, `- **Term (ABBR):**`
entries whose definitions run over indented lines and state relations in words the vocabulary
knows ("is a type of", "consists of", "uses"), and Obsidian inline fields (`partOf:: [[...]]`).
Labels are made of invented words, so no two are typo-close and the ingester keeps them apart.
The same seed gives the same files.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.workspace import Workspace  # noqa: E402

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
HEADS = ["model", "network", "technique", "method", "layer", "module", "metric", "dataset", "benchmark", "tool"]
# Plain sentences that state no relation, so the definitions read like notes (~30 words each).
FILLER = [
    "Teams reach for it when answers must come faster and cheaper than before.",
    "Its behaviour changes with scale, so measure it on your own workload first.",
    "Most write-ups describe it loosely; the book gives a sharper picture.",
    "It matters most when quality counts more than raw speed.",
    "Early versions were hard to tune, but recent ones work well out of the box.",
]
VERSION = 2  # bump when the notes written change, so that cached builds are redone
PER_SECTION = 40
PER_CHAPTER = 10  # sections
PER_FILE = 5  # chapters

# Relations between any two concepts (80% within a section): (sentence or field, relation).
# {o} is the object's label.
LINKS = [
    ("It uses {o} to work.", "uses"),
    ("It is used for {o}.", "usedFor"),
    ("It produces {o}.", "produces"),
    ("relatedTo:: [[{o}]]", "relatedTo"),
    ("contrastsWith:: [[{o}]]", "contrastsWith"),
    ("exampleOf:: [[{o}]]", "exampleOf"),
    ("trainedOn:: [[{o}]]", "trainedOn"),
]
@dataclass
class Concept:
    label: str
    abbreviation: str | None


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))


def concepts(count: int, rng: random.Random) -> list[Concept]:
    """`count` distinct labels of two invented words and a head noun: "tavoru pekima network"."""
    seen: set[str] = set()
    found: list[Concept] = []
    while len(found) < count:
        words = [_word(rng), _word(rng)]
        label = f"{words[0]} {words[1]} {HEADS[len(found) % len(HEADS)]}"
        if words[0] in seen or words[1] in seen or label in seen:
            continue
        seen.update((words[0], words[1], label))
        abbreviation = "".join(w[0] for w in label.split()).upper() + str(len(found)) if rng.random() < 0.1 else None
        found.append(Concept(label, abbreviation))
    return found


def _title(label: str) -> str:
    return " ".join(w.capitalize() for w in label.split())


def notes(count: int, seed: int = 7) -> dict[str, str]:
    """File name -> Markdown text of `count` concepts with about four relations each.

    The transitive relations make hierarchies, as in real notes, not random cycles: within a
    section a concept is a kind of an earlier one (isA, partOf) and consists of later ones
    (contains, includes). The other relations link any two concepts, 80% within a section.
    """
    rng = random.Random(seed)
    items = concepts(count, rng)
    files: dict[str, list[str]] = {}
    per_file = PER_SECTION * PER_CHAPTER * PER_FILE
    for i, concept in enumerate(items):
        number, offset = divmod(i, per_file)
        lines = files.setdefault(f"synthetic-{number + 1:03d}.md", [f"# Synthetic Notes, Part {number + 1}", ""])
        if offset % (PER_SECTION * PER_CHAPTER) == 0:
            lines += [f"## Chapter {offset // (PER_SECTION * PER_CHAPTER) + 1}: {_title(_word(rng))} Foundations", ""]
        if offset % PER_SECTION == 0:
            lines += [f"### {_title(_word(rng))} Systems", ""]
        section, end = i - i % PER_SECTION, min(i - i % PER_SECTION + PER_SECTION, count)

        def anyone() -> Concept:
            j = rng.randrange(section, end) if rng.random() < 0.8 else rng.randrange(count)
            return items[j if j != i else (i + 1) % count]

        term = _title(concept.label) + (f" ({concept.abbreviation})" if concept.abbreviation else "")
        text = [f"- **{term}:** {' '.join(rng.sample(FILLER, 2))}"]
        if i > section:  # a kind of an earlier concept of the section, or a part of one
            broader = items[rng.randrange(section, i)].label
            text.append(f"It is a type of {broader}." if rng.random() < 0.7 else f"partOf:: [[{broader}]]")
        if i + 2 < end:  # made of two later ones
            first, second = rng.sample(range(i + 1, end), 2)
            if rng.random() < 0.7:
                text.append(f"It consists of {items[first].label} and {items[second].label}.")
            else:
                text.append(f"includes:: [[{items[first].label}]], [[{items[second].label}]]")
        for _ in range(2):
            text.append(rng.choice(LINKS)[0].format(o=anyone().label))
        sentences = [t for t in text if "::" not in t]
        fields = [t for t in text if "::" in t]
        lines.append(" ".join(sentences))
        lines += [f"    {f}" for f in fields]
        lines.append("")
    return {name: "\n".join(lines) + "\n" for name, lines in files.items()}


def write(root: Path, count: int, seed: int = 7) -> Workspace:
    """Write data/notes/*.md under `root`; the workspace, not yet built."""
    workspace = Workspace.at(root / "data", root / "exports")
    workspace.notes.mkdir(parents=True, exist_ok=True)
    for old in workspace.notes.glob("synthetic-*.md"):
        old.unlink()
    for name, text in notes(count, seed).items():
        (workspace.notes / name).write_text(text, encoding="utf-8")
    return workspace


def workspace(root: Path, count: int, seed: int = 7) -> Workspace:
    """A built synthetic workspace under `root`, reused when a build of the same size is there."""
    import kg

    stamp = root / "exports" / ".synthetic"
    wanted = f"{count} {seed} {VERSION}"
    built = Workspace.at(root / "data", root / "exports")
    if stamp.is_file() and stamp.read_text() == wanted and built.dataset.is_file():
        return built
    built = write(root, count, seed)
    kg.build(built, page=False)
    stamp.write_text(wanted)
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / ".work" / "synthetic")
    parser.add_argument("--no-build", action="store_true", help="write the notes only")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.no_build:
        built = write(args.out, args.concepts, args.seed)
    else:
        built = workspace(args.out, args.concepts, args.seed)
    print(f"{args.concepts} concepts in {built.data} ({time.perf_counter() - started:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
