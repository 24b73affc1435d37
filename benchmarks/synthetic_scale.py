"""A built workspace of any size, written as RDF directly (no notes, no extraction): for benchmarks of
the stores, where benchmarks/synthetic.py (notes, then `kg build`) would take too long at 100k concepts.

    python benchmarks/synthetic_scale.py --concepts 100000 --out benchmarks/.work/scale-100000

Writes exports/aie.trig and exports/aie.ttl as `kg build` would: in the aie-kg vocabulary, each
concept with a class, a prefLabel, an altLabel, a 30-word definition and 3 typed relations, all in the
named graph of its (invented) source line, each such graph described in the default graph (kg:file,
kg:line, kg:method, prov:wasDerivedFrom). 12 quads per concept: 1.2 million at 100k concepts.
Unlike `kg build` it writes no kg:digest, so `kg push` sends such a workspace whole every time
(benchmarks/bench_store.py measures pushes of changes on a workspace `kg build` made).
The same seed gives the same files.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://w3id.org/aie-kg/aie/"
VERSION = 1  # bump when the files written change, so that cached workspaces are redone
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
CLASSES = ["Concept", "Architecture", "Technique", "Practice", "ModelType", "Model", "Tool", "Metric", "Dataset"]
HEADS = ["model", "network", "technique", "method", "layer", "module", "metric", "dataset", "benchmark", "tool"]
RELATIONS = ["isA", "uses", "contains", "usedFor", "produces", "includes", "relatedTo", "trainedOn", "evaluates"]
WORDS = ("the model learns a compact representation of tokens so that later layers attend to what matters "
         "while training stays stable across long contexts and large batches of data").split()
PER_FILE = 20_000  # concepts per invented notes file
PREFIXES = f"""@prefix aie: <{BASE}concept/> .
@prefix src: <{BASE}source/> .
@prefix kg: <https://w3id.org/aie-kg/vocab#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""


def labels(count: int, rng: random.Random) -> list[str]:
    """`count` distinct labels of two invented words and a head noun: "tavoru pekima network"."""
    seen: set[str] = set()
    found: list[str] = []
    while len(found) < count:
        label = f"{_word(rng)} {_word(rng)} {HEADS[len(found) % len(HEADS)]}"
        if label not in seen:
            seen.add(label)
            found.append(label)
    return found


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))


def slug(label: str) -> str:
    return label.replace(" ", "-")


def alias(label: str, index: int) -> str:
    return "".join(w[0] for w in label.split()).upper() + str(index)


def concepts(count: int, seed: int) -> Iterator[tuple[str, str, str, str, list[tuple[str, str]], str, str, int]]:
    """(slug, label, alias, class, relations, definition, file, line) of each concept."""
    rng = random.Random(seed)
    names = labels(count, rng)
    for i, label in enumerate(names):
        related = [(rng.choice(RELATIONS), slug(names[rng.randrange(count)])) for _ in range(3)]
        definition = " ".join(rng.choice(WORDS) for _ in range(30)).capitalize() + "."
        yield slug(label), label, alias(label, i), CLASSES[i % len(CLASSES)], related, definition, f"notes/scale-{i // PER_FILE + 1:03d}.md", 3 + 2 * (i % PER_FILE)


def _statements(item: tuple) -> list[str]:
    name, label, short, cls, related, definition, _file, _line = item
    lines = [f"aie:{name} a kg:{cls} ;",
             f'  skos:prefLabel "{label}"@en ; skos:altLabel "{short}"@en ;',
             f'  skos:definition "{definition}"@en']
    lines += [f"  ; kg:{relation} aie:{target}" for relation, target in related]
    return lines


def write(root: Path, count: int, seed: int = 7) -> Path:
    """Write exports/aie.trig and aie.ttl under `root`; the exports folder."""
    exports = root / "exports"
    exports.mkdir(parents=True, exist_ok=True)
    (root / "data" / "notes").mkdir(parents=True, exist_ok=True)
    with open(exports / "aie.trig", "w", encoding="utf-8") as trig, open(exports / "aie.ttl", "w", encoding="utf-8") as ttl:
        trig.write(PREFIXES + f'\n<{BASE}scheme> a skos:ConceptScheme ; dcterms:title "Scale {count}"@en .\n')
        ttl.write(PREFIXES + f'\n<{BASE}scheme> a skos:ConceptScheme ; dcterms:title "Scale {count}"@en .\n')
        for item in concepts(count, seed):
            _write_concept(trig, ttl, item)
    return exports


def _write_concept(trig: TextIO, ttl: TextIO, item: tuple) -> None:
    name, *_rest, file, line = item
    graph = f"<{BASE}source/{file}#L{line}>"
    body = "\n".join(_statements(item)) + " .\n"
    trig.write(f"{graph} {{\n{body}}}\n{graph} a kg:SourceLocation ; kg:file \"{file}\" ; "
               f"kg:line {line} ; kg:method kg:Extracted ; prov:wasDerivedFrom <{BASE}source/{file}> .\n")
    ttl.write(body)


def workspace(root: Path, count: int, seed: int = 7) -> Path:
    """A written workspace under `root`, reused when one of the same size is there; its exports folder."""
    stamp = root / "exports" / ".synthetic-scale"
    wanted = f"{count} {seed} {VERSION}"
    if stamp.is_file() and stamp.read_text() == wanted:
        return root / "exports"
    exports = write(root, count, seed)
    stamp.write_text(wanted)
    return exports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / ".work" / "scale")
    args = parser.parse_args()
    started = time.perf_counter()
    exports = workspace(args.out, args.concepts, args.seed)
    print(f"{args.concepts} concepts in {exports} ({time.perf_counter() - started:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
