"""`kg review`: the statements the ingester read only weakly, for a person to accept or reject.

They are listed from the built graph in a stable order (subject, relation, object), numbered as
shown; the list is numbered afresh after each decision. Accepting writes the statement to
data/accepted.ttl, curated Turtle that `kg build` merges like any other (the statement is then
stated, citing that file); rejecting writes it to data/rejected.tsv, which `kg build` applies
(kg.ingest.rejections). Both files name statements by their concepts, never by a line of the notes
or a number of the list, so decisions hold through rebuilds and edits elsewhere in the notes; both
say in a comment what each statement was read from, and a person may edit them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.checks import chosen_numbers
from kg.files import atomic_write
from kg.ingest.curated import read_turtle
from kg.ingest.rejections import HEADING as REJECTED_HEADING
from kg.ingest.rejections import read_rejections
from kg.schema import vocab
from kg.source import Source, places, surest_tier
from kg.workspace import Workspace

REVIEWED_TIERS = ("weak", "structural")  # stated statements need no review
ACCEPTED_HEADING = (
    "# Statements accepted with `kg review --accept`: what the notes only suggested, confirmed.\n"
    "# `kg build` merges this file like any curated Turtle in data/; delete a statement to take it back.\n"
)
_PREFIX = re.compile(r"^@prefix\s+([A-Za-z][\w-]*)?:\s*<([^<>\s]*)>\s*\.", re.M)
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")  # a local name Turtle takes as it is


@dataclass(frozen=True)
class Pending:
    """A statement waiting for review, as `kg review` lists it."""

    number: int
    subject: ox.NamedNode
    subject_label: str
    relation: str
    object: ox.NamedNode
    object_label: str
    sources: tuple[Source, ...]

    @property
    def tier(self) -> str:
        return surest_tier(self.sources)

    @property
    def readings(self) -> list[str]:
        return sorted({s.rule for s in self.sources if s.rule})

    def row(self) -> dict[str, object]:
        return {"n": self.number, "statement": f"{self.subject_label} {self.relation} {self.object_label}",
                "subject": self.subject_label, "relation": self.relation, "object": self.object_label,
                "reading": ", ".join(self.readings), "source": ", ".join(map(str, self.sources)), "tier": self.tier,
                "sources": places(self.sources), "subject_iri": self.subject.value, "object_iri": self.object.value}

    def read_as(self) -> str:
        """How and where it was read: "co-mention at notes/ai.md:17"."""
        return f"{', '.join(self.readings) or self.tier} at {', '.join(map(str, self.sources))}"

    def about(self) -> str:
        """What it is and where it was read, on one line for a comment."""
        said = " ".join(" ".join(part.split()) for part in (self.subject_label, self.relation, self.object_label))
        return f"{said} ({self.read_as()})"


COLUMNS = {"table": ["n", "statement", "source"],
           "json": ["n", "subject", "relation", "object", "tier", "reading", "sources", "subject_iri", "object_iri"]}
COLUMNS["csv"] = COLUMNS["json"]


def pending(workspace: Workspace, tiers: tuple[str, ...] = ("weak",)) -> list[Pending]:
    """The statements of the built graph read no surer than `tiers`, but those already decided on
    (in accepted.ttl or rejected.tsv, built or not yet), numbered from 1."""
    from kg.stores.backends import open_graph

    graph = open_graph(workspace)
    rejections = read_rejections(workspace.rejected, workspace.shown(workspace.rejected))
    accepted = _accepted(workspace)
    forms: dict[tuple[str, str, str], list] = {}  # "A partOf B" and "B contains A" are one statement
    for edge in graph.edges():
        forms.setdefault(vocab.canonical(edge.subject.value, edge.relation, edge.object.value), []).append(edge)
    found = []
    for statement, edges in forms.items():
        sources = tuple(sorted({s for edge in edges for s in edge.sources}))
        if surest_tier(sources) not in tiers or statement in accepted:
            continue
        edge = edges[0]  # as the notes said it
        subject_names = [graph.label(edge.subject), *graph.aliases(edge.subject)]
        object_names = [graph.label(edge.object), *graph.aliases(edge.object)]
        if rejections.covers(subject_names, edge.relation, object_names):  # rejected, not yet built
            continue
        found.append((edge, subject_names[0], object_names[0], sources))
    found.sort(key=lambda f: (f[1].lower(), f[0].relation, f[2].lower(), f[0].subject.value, f[0].object.value))
    return [Pending(n, edge.subject, subject, edge.relation, edge.object, obj, sources)
            for n, (edge, subject, obj, sources) in enumerate(found, 1)]


def accept(workspace: Workspace, chosen: list[str], tiers: tuple[str, ...] = ("weak",)) -> tuple[list[Pending], Path]:
    """Write the chosen statements ("all", or their numbers) to data/accepted.ttl as curated Turtle."""
    picked = _picked(pending(workspace, tiers), chosen, "--accept")
    path = workspace.accepted
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if picked:
        if not text:
            namespace = _namespace(picked[0].subject.value)
            text = f"{ACCEPTED_HEADING}\n@prefix aie: <{namespace}> .\n@prefix kg: <{vocab.VOCAB}> .\n"
        prefixes = {iri: name or "" for name, iri in _PREFIX.findall(text)}
        blocks = [f"\n# {p.about()}\n{_term(p.subject.value, prefixes)} {_term(vocab.term(p.relation).value, prefixes)} "
                  f"{_term(p.object.value, prefixes)} .\n" for p in picked]
        atomic_write(path, text + ("" if text.endswith("\n") else "\n") + "".join(blocks))
    return picked, path


def reject(workspace: Workspace, chosen: list[str], tiers: tuple[str, ...] = ("weak",)) -> tuple[list[Pending], Path]:
    """Write the chosen statements to data/rejected.tsv, which `kg build` leaves out."""
    picked = _picked(pending(workspace, tiers), chosen, "--reject")
    path = workspace.rejected
    if picked:
        text = path.read_text(encoding="utf-8") if path.is_file() else REJECTED_HEADING
        rows = ["\t".join(" ".join(cell.split()) for cell in (p.subject_label, p.relation, p.object_label, p.read_as())) + "\n"
                for p in picked]
        atomic_write(path, text + ("" if text.endswith("\n") else "\n") + "".join(rows))
    return picked, path


def _picked(offered: list[Pending], chosen: list[str], option: str) -> list[Pending]:
    numbers = set(chosen_numbers(chosen, len(offered), "statement", option, "kg review"))
    return [p for p in offered if p.number in numbers]


def _accepted(workspace: Workspace) -> set[tuple[str, str, str]]:
    """The statements of accepted.ttl, canonical, whether or not a build has merged them yet."""
    path = workspace.accepted
    if not path.is_file():
        return set()
    found = set()
    for triple, _line in read_turtle(path, workspace.shown(path)):
        relation = vocab.relation_of(triple.predicate.value)
        if relation and isinstance(triple.subject, ox.NamedNode) and isinstance(triple.object, ox.NamedNode):
            found.add(vocab.canonical(triple.subject.value, relation.name, triple.object.value))
    return found


def _namespace(iri: str) -> str:
    return iri[: max(iri.rfind("/"), iri.rfind("#")) + 1]


def _term(iri: str, prefixes: dict[str, str]) -> str:
    """An IRI as the file's prefixes shorten it (aie:token), or whole where none does."""
    namespace = _namespace(iri)
    local = iri[len(namespace):]
    if namespace in prefixes and _LOCAL.fullmatch(local):
        return f"{prefixes[namespace]}:{local}"
    return f"<{iri}>"
