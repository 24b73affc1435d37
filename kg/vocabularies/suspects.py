"""Which resources may break a shape of kg/schema/shapes.ttl, asked of the graph in SPARQL (in
pyoxigraph, over a store whose default graph holds every triple once): a superset of the focus
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

SH, OWL, RDFS = "http://www.w3.org/ns/shacl#", "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2000/01/rdf-schema#"
XSD, RDF = "http://www.w3.org/2001/XMLSchema#", vocab.RDF
SUB_CLASS_OF = ox.NamedNode(RDFS + "subClassOf")
A_STRING = f"(isLiteral(?v) && (DATATYPE(?v) = <{RDF}langString> || DATATYPE(?v) = <{XSD}string>))"


CONCEPT = "VALUES ?c {{ {classes} }} ?f a ?c ."
LOCATION = "VALUES ?c {{ {locations} }} ?f a ?c ."
CONCEPTS = "{{{{ VALUES ?k {{{{ {{classes}} }}}} ?{node} a ?k }}}}"  # .format(node=...) first

# Each query names ?f, a focus node that may break the shape: the shape's constraints turned round,
# asked as joins and anti-joins (MINUS) of whole sets, which cost a fraction of a test per row.
QUERIES = {
    "a concept is an IRI": [CONCEPT + " FILTER(!isIRI(?f))"],
    "a concept has a preferred label": [f"{{{{ {CONCEPT} }}}} MINUS {{{{ ?f skos:prefLabel ?any }}}}"],
    "one preferred label per language, one untagged": [
        CONCEPT + " ?f skos:prefLabel ?v, ?w FILTER(?v != ?w && LCASE(LANG(?v)) = LCASE(LANG(?w)))"],
    "labels and definitions are strings, labels not empty": [
        "?f skos:prefLabel|skos:altLabel ?v FILTER(!{a_string} || STRLEN(STR(?v)) = 0)",
        "?f skos:definition ?v FILTER(!{a_string})"],
    "what has a label is a concept": [
        "{{ ?f skos:prefLabel|skos:altLabel|skos:definition ?v }} MINUS " + CONCEPTS.format(node="f")],
    "a class in the vocabulary's namespace is one of its classes": [
        '?x a ?f . FILTER(STRSTARTS(STR(?f), "{namespace}") && ?f NOT IN ({owl_classes}))'],
    "both ends of a relation are concepts": [
        "{{ VALUES ?p {{ {relations} }} ?f ?p ?v }} MINUS " + CONCEPTS.format(node="f"),
        "VALUES ?p {{ {relations} }} ?f ?p ?v FILTER(!isIRI(?v))",
        "{{ VALUES ?p {{ {relations} }} ?f ?p ?v }} MINUS " + CONCEPTS.format(node="v")],
    "a source location has one file, one line, at most one method, rule and tier, of the right kinds": [
        f"{{{{ {LOCATION} }}}} MINUS {{{{ ?f kg:file ?any }}}}",
        f"{{{{ {LOCATION} }}}} MINUS {{{{ ?f kg:line ?any }}}}",
        "?f kg:file|kg:rule ?v FILTER(!isLiteral(?v) || DATATYPE(?v) != <{xsd}string>)",
        '?f kg:line ?v FILTER(!(isLiteral(?v) && DATATYPE(?v) = <{xsd}integer> && REGEX(STR(?v), "^[0-9]+$")'
        " && <{xsd}integer>(?v) >= 1))",
        "?f kg:method ?v FILTER(?v NOT IN (kg:Extracted, kg:Curated, kg:Imported))",
        "?f kg:tier ?v FILTER(?v NOT IN (kg:Stated, kg:Structural, kg:Weak))"],
}
# a second value where one is allowed: counted, rather than every pair of values compared
TWICE = ("SELECT DISTINCT ?f WHERE {{ {{ SELECT ?f ?p (COUNT(?v) AS ?n) WHERE {{ VALUES ?p {{ kg:file kg:line kg:method "
         "kg:rule kg:tier }} ?f ?p ?v }} GROUP BY ?f ?p }} FILTER(?n > 1) }}")


def suspects(store: ox.Store) -> list[ox.NamedNode | ox.BlankNode | ox.Literal]:
    """The resources that may break a shape: for the class shape, the classes themselves."""
    ontology = vocab.ontology()
    subclasses = [(q.subject, q.object) for q in ontology.quads_for_pattern(None, SUB_CLASS_OF, None, None)]
    subclasses += [(q.subject, q.object) for q in store.quads_for_pattern(None, SUB_CLASS_OF, None, None)]
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
    for query in [*queries, TWICE.format()]:
        for row in store.query(query, prefixes=prefixes):
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
