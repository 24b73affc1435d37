"""The graph as a networkx MultiDiGraph, for networkx's algorithms (paths, centrality, components,
communities) in a notebook: a node per concept, an edge per statement (KnowledgeGraph.statements,
so that it counts what `kg stats` counts) and, on request, per inferred statement. Edges are keyed
by relation, so that two relations between the same two concepts are two edges.

Nodes are the concepts' IRIs, with
    label, class (the one `kg show` prints), classes (every class of the vocabulary it has), iri,
    aliases, definition, sources ("file:line" where it is defined);
edges carry
    relation (isA, contains, ...), iri (the relation's), sources ("file:line" of every place that
    states it, or that an inferred statement rests on), how (stated, structural or weak: the
    surest reading among its sources; or inferred), reading (the rules that read it), inferred,
    rule (how an inferred statement follows, in words; None for a stated one).
Lists stay lists, which networkx's GraphML writer refuses: `kg export -f graphml` writes GraphML.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.graph.infer import Reasoner
from kg.schema import vocab
from kg.source import places, surest_tier

if TYPE_CHECKING:
    import networkx

    from kg.graph.knowledge import KnowledgeGraph


def to_networkx(graph: KnowledgeGraph, *, inferred: bool = False) -> networkx.MultiDiGraph:
    import networkx

    found = networkx.MultiDiGraph()
    for concept in graph.concepts(topics=False):
        found.add_node(concept.value, label=graph.label(concept), iri=concept.value, classes=graph.classes(concept),
                       aliases=graph.aliases(concept), definition=graph.definition(concept),
                       sources=places(graph.concept_sources(concept)), **{"class": graph.class_of(concept)})
    for edge in graph.statements():
        found.add_edge(edge.subject.value, edge.object.value, key=edge.relation, relation=edge.relation,
                       iri=vocab.term(edge.relation).value, sources=places(edge.sources),
                       how=surest_tier(edge.sources), reading=sorted({s.rule for s in edge.sources if s.rule}),
                       inferred=False, rule=None)
    if inferred:
        for fact in Reasoner(graph).inferred():
            found.add_edge(fact.subject.value, fact.object.value, key=fact.relation, relation=fact.relation,
                           iri=vocab.term(fact.relation).value, sources=places(fact.sources),
                           how="inferred", reading=[], inferred=True, rule=fact.rule(graph.label))
    return found
