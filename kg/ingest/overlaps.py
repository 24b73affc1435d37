"""What one statement says beside others, read once all files are: a weaker relation beside a stronger
between the same two, an item's place in an outline beside what a sentence says of it, a maker that is
itself a made thing, an author said to use what their work speaks of. Knows the vocabulary's relations, no English;
the readings it runs first know their words."""

from __future__ import annotations

import re

from kg.ingest.lexicon import Statement
from kg.ingest.makers_listed import makers_as_members
from kg.ingest.named_instances import names_as_instances
from kg.ingest.owned_parts import makers_not_made_by_their_authors, parts_of_made_things
from kg.ingest.tested import tested_skills


def read_beside_others(statements: list[Statement]) -> list[Statement]:
    """What each statement says beside the others, once all files are read: what a benchmark's definition names
    (kg.ingest.tested), who a list of makers lists (kg.ingest.makers_listed), which maker cited authors did not make and
    whose part a made thing's possessive names (kg.ingest.owned_parts), which examples are names of a kind
    (kg.ingest.named_instances); then each once, without those others make weaker or wrong."""
    for read_again in (tested_skills, makers_as_members, makers_not_made_by_their_authors, parts_of_made_things, names_as_instances):
        statements = read_again(statements)
    return without_overlaps(statements)


def without_overlaps(statements: list[Statement]) -> list[Statement]:
    """`statements`, each once, without those others make weaker or wrong."""
    found = {(s.subject.final(), s.relation, s.object.final(), s.source): None for s in statements}
    typed = {frozenset((s, o)) for s, relation, o, _ in found if relation != "relatedTo"}
    narrower = {frozenset((s, o)) for s, relation, o, _ in found if relation not in ("relatedTo", "includes")}
    authored = {(s, o) for s, relation, o, _ in found if relation == "createdBy"}
    made = {s for s, relation, _o, _ in found if relation in ("developedBy", "createdBy")}
    # "Huyen uses the example of ImageNet", "Kim et al. include a den survey": what the author of a work speaks of, no
    # doing of theirs; by their whole name or, for a person's, the last word of it
    authors = {o for _s, relation, o, _ in found if relation == "createdBy"}
    named = {a.label for a in authors} | {a.label.split()[-1] for a in authors if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", a.label)}
    # relatedTo says less than any typed relation between the same two: never beside one; nor does an item's place
    # under another ("- transformer block" / "  - attention module") beside what a sentence says of the two (contains),
    # nor a maker beside the author of the same work ("AI Engineering (Chip Huyen)" in a line that cites the book);
    # a made thing in parentheses after another ("PEFT (LoRA)", LoRA made by Microsoft) is an example, nobody's maker
    return [Statement(*k) for k in found
            if k[0] is not k[2] and not (k[1] == "relatedTo" and frozenset((k[0], k[2])) in typed)
            and not (k[1] == "includes" and k[3].rule == "outline-item" and frozenset((k[0], k[2])) in narrower)
            and not (k[1] == "developedBy" and ((k[0], k[2]) in authored or (k[3].rule == "organisation-in-parentheses" and k[2] in made)))
            and not (k[1] in ("uses", "includes", "contains") and k[0].label in named)]
