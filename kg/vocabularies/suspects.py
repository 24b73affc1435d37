"""Which resources may break a shape of kg/schema/shapes.ttl, asked of the graph in SPARQL (in
pyoxigraph, over every graph of a store as one: kg.vocabularies.merged): a superset of the focus
nodes pySHACL reports, so that `kg validate` runs pySHACL only on them and what they point at, and
not at all on a graph that conforms. A resource named here that conforms costs a little time,
never a wrong report; one pySHACL would report and this misses would be a wrong "conforms", so
tests/test_validate.py holds the two side by side on graphs broken on purpose.

One question per shape, each the shape's constraints turned round: what would break them.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from kg.schema import vocab
from kg.vocabularies.merged import Merged

SH, OWL, RDFS = "http://www.w3.org/ns/shacl#", "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2000/01/rdf-schema#"
XSD, RDF = "http://www.w3.org/2001/XMLSchema#", vocab.RDF
SUB_CLASS_OF = ox.NamedNode(RDFS + "subClassOf")
A_STRING = f"(isLiteral(?v) && (DATATYPE(?v) = <{RDF}langString> || DATATYPE(?v) = <{XSD}string>))"


CONCEPT = "VALUES ?c {{ {classes} }} ?f a ?c ."
LOCATION = "VALUES ?c {{ {locations} }} ?f a ?c ."
CONCEPTS = "{{{{ VALUES ?k {{{{ {{classes}} }}}} ?{node} a ?k }}}}"  # .format(node=...) first
# A value of `{p}` that `{bad}` holds of, and what has it: each value tested once (GROUP BY, which
# the optimizer does not push the FILTER below, as it does DISTINCT), not once per use.
VALUED = "{{{{ SELECT ?v WHERE {{{{ [] {p} ?v }}}} GROUP BY ?v }}}} FILTER({bad}) ?f {p} ?v"

# Each query names ?f, a focus node that may break the shape: the shape's constraints turned round,
# asked as joins and anti-joins (MINUS) of whole sets, which cost a fraction of a test per row, and
# tests of values each tested once. The questions are asked of every graph of a store at once
# (kg.vocabularies.merged), where a term costs a lookup on disk each time a test reads it.
QUERIES = {
    "a concept is an IRI": [CONCEPT + " FILTER(!isIRI(?f))"],
    "a concept has a preferred label": [f"{{{{ {CONCEPT} }}}} MINUS {{{{ ?f skos:prefLabel ?any }}}}"],
    "one preferred label per language, one untagged": [  # the labels of what has two compared
        "{{ SELECT ?f WHERE {{ ?f skos:prefLabel ?l }} GROUP BY ?f HAVING (COUNT(DISTINCT ?l) > 1) }} FILTER EXISTS {{ "
        + CONCEPT + " ?f skos:prefLabel ?v, ?w FILTER(?v != ?w && LCASE(LANG(?v)) = LCASE(LANG(?w))) }}"],
    "labels and definitions are strings, labels not empty": [
        "?f skos:prefLabel|skos:altLabel ?v FILTER(!{a_string} || STRLEN(STR(?v)) = 0)",
        "?f skos:definition ?v FILTER(!{a_string})"],
    "what has a label is a concept": [
        "{{ ?f skos:prefLabel|skos:altLabel|skos:definition ?v }} MINUS " + CONCEPTS.format(node="f")],
    "a class in the vocabulary's namespace is one of its classes": [
        '{{ SELECT ?f WHERE {{ ?x a ?f }} GROUP BY ?f }} FILTER(STRSTARTS(STR(?f), "{namespace}") && ?f NOT IN ({owl_classes}))'],
    "both ends of a relation are concepts": [
        "{{ VALUES ?p {{ {relations} }} ?f ?p ?v }} MINUS " + CONCEPTS.format(node="f"),
        "{{ VALUES ?p {{ {relations} }} ?f ?p ?v }} MINUS " + CONCEPTS.format(node="v")],
    "a source location has one file, one line, at most one method, rule and tier, of the right kinds": [
        f"{{{{ {LOCATION} }}}} MINUS {{{{ ?f kg:file ?any }}}}",
        f"{{{{ {LOCATION} }}}} MINUS {{{{ ?f kg:line ?any }}}}",
        VALUED.format(p="kg:file|kg:rule", bad="!isLiteral(?v) || DATATYPE(?v) != <{xsd}string>"),
        VALUED.format(p="kg:line", bad='!(isLiteral(?v) && DATATYPE(?v) = <{xsd}integer> && REGEX(STR(?v), "^[0-9]+$")'
                                        " && <{xsd}integer>(?v) >= 1)"),
        VALUED.format(p="kg:method", bad="?v NOT IN (kg:Extracted, kg:Curated, kg:Imported)"),
        VALUED.format(p="kg:tier", bad="?v NOT IN (kg:Stated, kg:Structural, kg:Weak)")],
}
# An end of a relation that is no IRI: a literal, or a blank node that is no concept, the MINUS
# above finds; a blank node that is a concept, this, asked only when some resource that may break a
# shape is no IRI (a concept that is none is one), as it reads the value of every end.
NO_IRI_END = "VALUES ?p {{ {relations} }} ?f ?p ?v FILTER(!isIRI(?v))"
# A second value where one is allowed: asked only of a predicate used more often than it has
# subjects (two counts), as grouping every use by its subject costs a second or more.
AT_MOST_ONCE = ("kg:file", "kg:line", "kg:method", "kg:rule", "kg:tier")
USES = "SELECT (COUNT(*) AS ?uses) (COUNT(DISTINCT ?f) AS ?subjects) WHERE {{ ?f {p} ?v }}"
TWICE = "SELECT ?f WHERE {{ ?f {p} ?v }} GROUP BY ?f HAVING (COUNT(DISTINCT ?v) > 1)"


def suspects(graph: Merged) -> list[ox.NamedNode | ox.BlankNode | ox.Literal]:
    """The resources that may break a shape: for the class shape, the classes themselves."""
    ontology = vocab.ontology()
    subclasses = [(q.subject, q.object) for q in ontology.quads_for_pattern(None, SUB_CLASS_OF, None, None)]
    subclasses += [(t.subject, t.object) for t in graph.triples(None, SUB_CLASS_OF, None)]
    owl_classes = {q.subject for q in ontology.quads_for_pattern(None, vocab.RDF_TYPE, ox.NamedNode(OWL + "Class"), None)}
    values = {
        "classes": _listed(_subclasses_of(vocab.term("Concept"), subclasses)),
        "locations": _listed(_subclasses_of(vocab.term("SourceLocation"), subclasses)),
        "owl_classes": ", ".join(_listed(owl_classes).split()), "relations": _listed(relations_in_shapes()),
        "namespace": vocab.VOCAB, "a_string": A_STRING, "xsd": XSD,
    }
    prefixes = {"kg": vocab.VOCAB, "skos": vocab.SKOS}
    found: dict[object, None] = {}
    queries = ["SELECT DISTINCT ?f WHERE { " + pattern.format(**values) + " }" for patterns in QUERIES.values() for pattern in patterns]
    for predicate in AT_MOST_ONCE:
        uses, subjects = next(iter(graph.query(USES.format(p=predicate), prefixes=prefixes)))
        if uses != subjects:
            queries.append(TWICE.format(p=predicate))
    for query in queries:
        for row in graph.query(query, prefixes=prefixes):
            found.setdefault(row["f"])
    if any(not isinstance(node, ox.NamedNode) for node in found):
        for row in graph.query("SELECT DISTINCT ?f WHERE { " + NO_IRI_END.format(**values) + " }", prefixes=prefixes):
            found.setdefault(row["f"])
    return list(found)


def _subclasses_of(root: ox.NamedNode, pairs: list[tuple[object, object]]) -> set[object]:
    """`root` and every class an rdfs:subClassOf chain leads from to it."""
    below: dict[object, list[object]] = defaultdict(list)
    for sub, sup in pairs:
        below[sup].append(sub)
    found, todo = {root}, [root]
    while todo:
        for sub in below[todo.pop()]:
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


def _listed(terms: set[object]) -> str:
    """Terms for a VALUES list (blank nodes cannot go in one; no class of ours is one)."""
    return " ".join(sorted(str(t) for t in terms if isinstance(t, ox.NamedNode)))


def relations_in_shapes() -> list[ox.NamedNode]:
    """The predicates whose subjects the relation shape targets, as shapes.ttl lists them."""
    shapes = ox.Store()
    shapes.load(path=vocab.schema_path("shapes.ttl"), format=ox.RdfFormat.TURTLE)
    target = ox.NamedNode(SH + "targetSubjectsOf")
    relation_shape = ox.NamedNode("https://w3id.org/aie-kg/shapes#RelationShape")
    return [q.object for q in shapes.quads_for_pattern(relation_shape, target, None, None)]
