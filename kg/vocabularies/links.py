"""Links between the notes' concepts and imported vocabularies, proposed for a person to accept.

An imported concept and a concept of the notes are proposed as a skos:closeMatch when one of their
labels (preferred or alternative) is the same after kg.labels.key (case, punctuation, possessives,
plurals): "Distillation" ~ "distillation". Failing that, when they are the same once a generic head
word is dropped from both ends ("Transformer Network" ~ "transformer"): such a proposal is marked
"head" rather than "label", as it is more often wrong. Nothing is merged until accepted:
`kg links --accept N` appends the link to data/links.ttl as kg:matches (a subproperty of
skos:closeMatch that `kg show`, `kg path` and the page follow), a curated file `kg build` merges;
`kg links --reject N` appends the pair to data/links-rejected.txt, and it is not proposed again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import re

import pyoxigraph as ox

from kg.checks import chosen_numbers
from kg.errors import KGError
from kg.files import atomic_write
from kg.vocabularies.importer import IMPORTED
from kg.labels import key
from kg.schema.vocab import ALT_LABEL, PREF_LABEL, SKOS, term
from kg.workspace import Workspace

LINKS_FILE = "links.ttl"
REJECTED_FILE = "links-rejected.txt"  # not Turtle: a rejection states nothing, and `kg build` merges every .ttl
MATCHES = term("matches")
# Words that name what kind of thing a concept is rather than which one: dropped, they let
# "Transformer Network" meet "transformer". "model" is left out on purpose: "Language Model" is
# not "language", nor "Translation Model" the task "translation".
GENERIC_HEADS = ("network", "architecture")
# ... and what must be left once one is dropped: "model architecture" is not the class "Model".
_TOO_VAGUE = {*GENERIC_HEADS, "model", "neural", "deep", "system", "learning", "design"}
_MAPPINGS = (MATCHES, *(ox.NamedNode(SKOS + m) for m in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")))
_PAIR = re.compile(r"^<([^<>\s]+)>\s+<([^<>\s]+)>")


@dataclass(frozen=True)
class Proposal:
    number: int
    concept: ox.NamedNode  # of the notes
    concept_label: str
    imported: ox.NamedNode
    imported_label: str
    match: str  # "label" | "head"
    via: str  # the label both share, as a key

    def row(self) -> dict[str, object]:
        return {"n": self.number, "concept": self.concept_label, "imported": self.imported_label,
                "match": self.match, "via": self.via, "concept_iri": self.concept.value, "imported_iri": self.imported.value}


COLUMNS = {"table": ["n", "concept", "imported", "match"],
           "json": ["n", "concept", "imported", "match", "via", "concept_iri", "imported_iri"]}
COLUMNS["csv"] = COLUMNS["json"]


def proposals(workspace: Workspace) -> list[Proposal]:
    """Every proposed link not yet accepted, numbered in a stable order (the notes' label, then the IRI)."""
    from kg.stores.backends import open_graph

    graph = open_graph(workspace)
    imported = _imported(workspace)
    store = graph.store
    labels_of_imported: dict[ox.NamedNode, list[str]] = {}
    for triple in imported:
        if triple.predicate in (PREF_LABEL, ALT_LABEL) and isinstance(triple.subject, ox.NamedNode):
            labels_of_imported.setdefault(triple.subject, []).append(triple.object.value)
    notes = [c for c in graph.concepts(topics=False) if c not in labels_of_imported]
    linked = _linked(store, workspace) | _rejected(workspace)
    by_key: dict[str, list[ox.NamedNode]] = {}
    by_head: dict[str, list[ox.NamedNode]] = {}
    for concept, labels in labels_of_imported.items():
        for label in labels:
            by_key.setdefault(key(label), []).append(concept)
            if _headless(key(label)):
                by_head.setdefault(_headless(key(label)), []).append(concept)
    found: dict[tuple[ox.NamedNode, ox.NamedNode], tuple[str, str]] = {}
    for concept in notes:
        names = [graph.label(concept), *graph.aliases(concept)]
        for match, index, keyed in (("label", by_key, key), ("head", by_head, lambda n: _headless(key(n)))):
            for name in names:
                for other in index.get(keyed(name), []) if keyed(name) else []:
                    pair = (concept, other)
                    # a looser match must also agree on the class: the library "Transformers" is no network
                    agree = match == "label" or "Concept" in {graph.class_of(concept), graph.class_of(other)} \
                        or graph.class_of(concept) == graph.class_of(other)
                    if pair not in found and pair not in linked and agree:
                        found[pair] = (match, keyed(name))
    ordered = sorted(found.items(), key=lambda item: (item[1][0] != "label", graph.label(item[0][0]).lower(), item[0][1].value))
    all_labels = {c: sorted(ls) for c, ls in labels_of_imported.items()}
    return [Proposal(n, c, graph.label(c), i, _pref(imported, i) or all_labels[i][0], match, via)
            for n, ((c, i), (match, via)) in enumerate(ordered, 1)]


def accept(workspace: Workspace, chosen: list[str]) -> tuple[list[Proposal], Path]:
    """Write the chosen proposals ("all", or their numbers) to data/links.ttl as kg:matches."""
    picked = _picked(proposals(workspace), chosen, "--accept")
    lines = [f"<{p.concept.value}> <{MATCHES.value}> <{p.imported.value}> .  {_about(p)}\n" for p in picked]
    return picked, _append(workspace.data / LINKS_FILE, lines, (
        "# Links from the notes' concepts to imported vocabularies, accepted with `kg links --accept`.\n"
        "# `kg build` merges this file like any curated file; delete a line to drop its link.\n\n"))


def reject(workspace: Workspace, chosen: list[str]) -> tuple[list[Proposal], Path]:
    """Write the chosen proposals to data/links-rejected.txt, so that they are not proposed again."""
    picked = _picked(proposals(workspace), chosen, "--reject")
    lines = [f"<{p.concept.value}> <{p.imported.value}>  {_about(p)}\n" for p in picked]
    return picked, _append(workspace.data / REJECTED_FILE, lines, (
        "# Link proposals rejected with `kg links --reject`: `kg links` does not offer these pairs again.\n"
        "# Delete a line to have its pair proposed again.\n\n"))


def _picked(offered: list[Proposal], chosen: list[str], option: str) -> list[Proposal]:
    """The proposals a person chose: "all", or their numbers."""
    numbers = set(chosen_numbers(chosen, len(offered), "proposal", option, "kg links"))
    return [p for p in offered if p.number in numbers]


def _append(path: Path, lines: list[str], heading: str) -> Path:
    if lines:
        old = path.read_text(encoding="utf-8") if path.is_file() else heading
        atomic_write(path, old + ("" if old.endswith("\n") else "\n") + "".join(lines))
    return path


def _about(proposal: Proposal) -> str:
    return f"# {_comment(proposal.concept_label)} ~ {_comment(proposal.imported_label)} ({proposal.match})"


def _imported(workspace: Workspace) -> list[ox.Triple]:
    triples: list[ox.Triple] = []
    folder = workspace.data / IMPORTED
    for path in sorted(folder.glob("*.ttl")) if folder.is_dir() else []:
        triples += _turtle(path)
    return triples


def _turtle(path: Path) -> list[ox.Triple]:
    """The triples of a Turtle file of the workspace; a syntax error names the file, line and column."""
    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except SyntaxError as error:
        raise KGError(f"column {error.offset}: {error.msg}", path=str(path), line=error.lineno) from None
    except MemoryError as error:  # the parser's own bound on a term
        raise KGError(f"a term longer than the Turtle parser takes ({error})", path=str(path)) from None


def _linked(store: ox.Store, workspace: Workspace) -> set[tuple[ox.NamedNode, ox.NamedNode]]:
    """Pairs already linked (kg:matches or a SKOS mapping), in the built graph or in links.ttl (not yet built)."""
    pairs = set()
    triples = [ox.Triple(q.subject, q.predicate, q.object) for p in _MAPPINGS for q in store.quads_for_pattern(None, p, None, None)]
    path = workspace.data / LINKS_FILE
    if path.is_file():
        triples += [t for t in _turtle(path) if t.predicate in _MAPPINGS]
    for t in triples:
        pairs |= {(t.subject, t.object), (t.object, t.subject)}
    return pairs


def _rejected(workspace: Workspace) -> set[tuple[ox.NamedNode, ox.NamedNode]]:
    """The pairs in data/links-rejected.txt: lines `<concept> <imported>`, comments after #."""
    path = workspace.data / REJECTED_FILE
    pairs = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines() if path.is_file() else [], 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        found = _PAIR.match(line)
        try:
            pairs.add((ox.NamedNode(found[1]), ox.NamedNode(found[2])))
        except (TypeError, ValueError):  # no match, or not an IRI
            raise KGError("expected `<concept IRI> <imported IRI>`", path=str(path), line=number) from None
    return pairs


def _headless(folded: str) -> str:
    """The label without a generic head word, or "" when nothing specific would be left."""
    words = folded.split()
    if len(words) > 1 and words[-1] in GENERIC_HEADS:
        words = words[:-1]
    return "" if set(words) <= _TOO_VAGUE else " ".join(words)


def _pref(triples: list[ox.Triple], concept: ox.NamedNode) -> str | None:
    return next((t.object.value for t in triples if t.subject == concept and t.predicate == PREF_LABEL), None)


def _comment(text: str) -> str:
    return " ".join(text.split())
