"""Mermaid flowcharts and mindmaps (parsed by kg.ingest.mermaid and kg.ingest.mindmap) -> concepts and statements.

A node's first label line names a concept and the rest describes it, read as an entry's definition is
("Generator<br/>an LLM": generator isA LLM). An edge's text goes through
the vocabulary's relation phrases ("uses", "is a type of"); an edge with no text is a kind of its
source when the diagram sits under "Types of X" or the source names a category (a plural that
branches: "PEFT methods --> LoRA", "PEFT methods --> Prefix tuning"), else the two are only related
("Input tokens --> Embedding layer" is a step of a flow). A subgraph named for an area or a group
("Model-level optimization", "Metrics") includes its members; one named for a thing ("Agent")
contains them. A mindmap's branch is within the node it stands under ("Evaluation" / "Similarity":
includes), a kind of it when it ends on its words ("Attention" / "Self-attention").
"""

from __future__ import annotations

import re
from collections import Counter

from kg.ingest import classify, mermaid, mindmap
from kg.ingest.outline import names_a_kind_of
from kg.ingest.extraction import Extraction
from kg.ingest.lexicon import Record
from kg.ingest.markdown import Diagram
from kg.ingest.modifiers import is_shell
from kg.ingest.nouns import names_a_doing, noun_phrase
from kg.ingest.claims import TURNED
from kg.ingest.definitions import read_definition
from kg.ingest.subjects import CURRENT
from kg.ingest.relations import column_relation, relation_named
from kg.ingest.singular import singular_phrase
from kg.ingest.tagger import names_a_concept
from kg.ingest.remarks import past_its_step
from kg.ingest.terms import expansion
from kg.labels import as_term
from kg.source import Source


def read_diagram(diagram: Diagram, path: str, topic: str | None, extraction: Extraction, kinds_of: str | None) -> None:
    """The concepts and statements of one Mermaid block; `kinds_of` is what a heading above says
    its nodes are kinds of ("Types of fine-tuning")."""
    parsed = mermaid.parse(diagram.text) or mindmap.parse(diagram.text)
    if parsed is None:
        return
    records: dict[str, list[Record]] = {}
    for node in parsed.nodes.values():
        source = Source(path, diagram.line + node.line)
        named = [extraction.concept(noun_phrase(as_term(name)), source, topic) for name in _names(node.name)]
        for record in named:
            record.defined_at = record.defined_at or source
        if len(named) == 1:
            _describe(named[0], node.name, node.description, source, topic, extraction)
        if named:
            records[node.id] = named
    # "Prefill — compute-bound": prefill; "Step 1: dig all tunnels": no name past the step, a doing
    titles = {subgraph.id: mermaid.SET_OFF.split(past_its_step(subgraph.title))[0] for subgraph in parsed.subgraphs}
    for subgraph in parsed.subgraphs:
        if subgraph.id not in records and names_a_concept(titles[subgraph.id]):
            source = Source(path, diagram.line + subgraph.line)
            records[subgraph.id] = [extraction.concept(noun_phrase(as_term(titles[subgraph.id])), source, topic)]
    kind = extraction.lexicon.find(kinds_of) if kinds_of else None
    branches = Counter(edge.source for edge in parsed.edges if not edge.label)
    hierarchy = _tree(parsed)
    tree = hierarchy and _taxonomy(parsed, diagram, branches)
    for edge in parsed.edges:
        for subject, obj in ((s, o) for s in records.get(edge.source, ()) for o in records.get(edge.target, ())):
            _read_edge(edge, subject, obj, Source(path, diagram.line + edge.line), parsed, kind, branches, hierarchy, tree, extraction)
    for subgraph in parsed.subgraphs:
        wholes = records.get(subgraph.id, ())
        # "Model-level optimization", "Metrics": an area or a group takes its nodes in; "Agent", "Gateway" are made of them
        title = titles[subgraph.id]
        if " " not in title.strip() and is_shell(title):
            continue  # "subgraph model" over techniques: the level they work at, in one word that names no whole of them
        relation = "includes" if names_a_doing(title) or singular_phrase(title) != title else "contains"
        members = _members_of_a_class(title)  # "Tools", "Vector databases": each node is one of them
        at = Source(path, diagram.line + subgraph.line).by("mermaid-subgraph")
        for whole in wholes:
            for member in (m for node_id in subgraph.members for m in records.get(node_id, ())):
                extraction.state(*((member, "isA", whole) if members else (whole, relation, member)), at)


def _names(label: str) -> list[str]:
    """The things a node's first label line names: "Retriever" one; "MinHash / Bloom filter" two, a
    spaced slash between names; none for an id ("A", "B1") or a decision ("{Hard clay?}"), whose edges
    say which way and no relation. "Input/output" is one name, and so is "train / test split", whose words
    in small letters before the slash share the head after it."""
    if re.fullmatch(r"[A-Za-z]?\d*", label) or label.rstrip().endswith("?"):
        return []
    parts = re.split(r"\s+/\s+", label)
    shared_head = len(parts[0].split()) == 1 and parts[0].islower() and len(parts[-1].split()) > 1
    if len(parts) > 1 and not shared_head and all(names_a_concept(part) for part in parts):
        return parts
    return [label] if names_a_concept(label) else []


def _describe(record: Record, name: str, described: str, source: Source, topic: str | None, extraction: Extraction) -> None:
    """What a node's other label lines say of the one thing it names ("Generator<br/>an LLM"), read as an
    entry's definition is."""
    if described and (long := expansion(name.strip(), described)) is not None:
        extraction.lexicon.add_label(record, long)  # "LoRA<br/>Low-Rank Adaptation": its other name, no maker
        described = described.strip()[len(long):].strip(" ,;.") if described.strip().startswith(long) else ""
    if described and not record.definition:
        record.definition.append(described)
    for claim in read_definition(described, extraction.lexicon.with_and).claims if described else ():
        if claim.subject == CURRENT:  # "Generator<br/>an LLM": what the description says the node is or does
            relation = "includes" if claim.relation == "hasKind" else claim.relation  # "Compression<br/>A, B and C"
            target = extraction.concept(claim.object, source, topic)
            pair = (target, TURNED[relation], record) if relation in TURNED else (record, relation, target)
            extraction.state(*pair, source.by("phrase"))


def _read_edge(edge: mermaid.Edge, subject: Record, obj: Record, source: Source, parsed: mermaid.Diagram, kind: Record | None,
               branches: Counter[str], hierarchy: bool, tree: bool, extraction: Extraction) -> None:
    """The statement one edge makes between a thing its source names and one its target names."""
    # "-- e.g. -->", "-- metric -->": what the target is to the source, as a table's column says ("-- type -->" may point either way)
    column = ("hasExample" if _EXAMPLE_LABEL.fullmatch(edge.label.strip()) else column_relation(edge.label)) if edge.label else None
    relation = column if column not in (None, "isA") else relation_named(edge.label) if edge.label else None
    if relation is not None:
        extraction.state(subject, relation, obj, source.by("mermaid-edge"))
    elif parsed.topics and (tree or names_a_kind_of(subject.final().label, obj.final().label)):
        extraction.state(obj, "isA", subject, source.by("mermaid-kind"))  # "Attention" / "Self-attention" in a mindmap
    elif parsed.topics:
        extraction.state(subject, "includes", obj, source.by("mermaid-branch"))  # a mindmap's branch: a topic within it
    elif not edge.label and (tree or subject is kind or (branches[edge.source] > 1 and _names_a_category(parsed.nodes.get(edge.source)))):
        # a plural that branches into two or more is a category; "Input tokens --> Embedding layer" is a step
        extraction.state(obj, "isA", subject, source.by("mermaid-kind"))
    elif not edge.label and hierarchy and branches[edge.source] > 1 and names_a_doing(subject.label):
        # a tree of text-less edges: an area that branches takes its branches in ("Model compression --> Pruning")
        extraction.state(subject, "includes", obj, source.by("mermaid-branch"))
    elif not edge.label:  # a label no relation phrase reads says how the two go together ("-->|filter by cost|"): no guess
        extraction.state(subject, "relatedTo", obj, source.by("mermaid-link"))


_EXAMPLE_LABEL = re.compile(r"e\.?g\.?|eg|for example|for instance|such as|like|examples?", re.IGNORECASE)


def _members_of_a_class(title: str) -> bool:
    """ "Tools", "Evaluation metrics": a plural whose head noun has a class of the vocabulary and is no
    shell word ("Cheap methods" takes its nodes in, no more)."""
    written = as_term(title)
    head = singular_phrase(written).split()[-1] if written.split() else ""
    return singular_phrase(written) != written and not is_shell(head) and classify.class_of_word(head) is not None


_TAXONOMY = re.compile(r"\b(?:taxonomy|taxonomies|hierarchy|classification|types|kinds|categories|families)\b", re.IGNORECASE)


def _tree(parsed: mermaid.Diagram) -> bool:
    """A hierarchy: no edge with a text, every node under one parent, one root."""
    if not parsed.edges or any(edge.label for edge in parsed.edges):
        return False
    parents = Counter(edge.target for edge in parsed.edges)
    return all(count == 1 for count in parents.values()) and len({edge.source for edge in parsed.edges} - set(parents)) == 1


def _taxonomy(parsed: mermaid.Diagram, diagram: Diagram, branches: Counter[str]) -> bool:
    """A tree (_tree) of kinds: it says it is one, by its heading ("Retrieval taxonomy") or by a root
    that names a category and branches ("Retrieval algorithms --> Term-based retrieval", "-->
    Embedding-based retrieval", then each of those its kinds)."""
    (root,) = {edge.source for edge in parsed.edges} - {edge.target for edge in parsed.edges}
    said = bool(diagram.headings) and _TAXONOMY.search(diagram.headings[-1].title) is not None
    return said or (branches[root] > 1 and _names_a_category(parsed.nodes.get(root)))


def _names_a_category(node: mermaid.Node | None) -> bool:
    """ "Fine-tuning methods", "Vector databases": a plural names the kind its children are."""
    if node is None:
        return False
    written = as_term(node.name)
    return singular_phrase(written) != written
