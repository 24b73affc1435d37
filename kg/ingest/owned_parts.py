"""A possessive whose owner the notes make a made thing: "SGLang's RadixAttention", where SGLang is an inference engine
(or was made by someone), names a part the thing uses, no work of a maker; and a maker the notes cite authors beside
("- Zorpco (Kim et al. 2021): ..."), whose authors did not make it. Read once all statements are, since what the owner
is may be said in another line or file. Knows the vocabulary's relations and the head nouns of made things."""

from __future__ import annotations

from kg.ingest import classify
from kg.ingest.lexicon import Record, Statement
from kg.ingest.singular import singular_noun

_MADE_CLASSES = frozenset({"Tool", "ModelType", "Architecture", "Benchmark", "Dataset"})
_MADE_WORDS = frozenset({"engine", "system", "server", "runtime", "compiler", "platform", "agent", "assistant", "chatbot", "app", "service"})


def parts_of_made_things(statements: list[Statement]) -> list[Statement]:
    """`statements`, with "RadixAttention developedBy SGLang" (rule `possessive`), where SGLang is itself a made thing,
    read as "SGLang uses RadixAttention"."""
    made = {s.subject.final() for s in statements if s.relation == "developedBy" and s.source.rule != "possessive"}
    made |= {s.subject.final() for s in statements if s.relation == "isA" and _names_a_made_thing(s.object.final())}
    read = []
    for statement in statements:
        owner, owned = statement.object.final(), statement.subject.final()
        if statement.relation == "developedBy" and statement.source.rule == "possessive" and owner in made \
                and not owned.label.startswith(owner.label):  # "Hugging Face's Hugging Face Transformers": a brand, its maker's
            statement = Statement(statement.object, "uses", statement.subject, statement.source)
        read.append(statement)
    return read


def makers_not_made_by_their_authors(statements: list[Statement]) -> list[Statement]:
    """`statements` without "Zorpco developedBy Kim et al." read off "- Zorpco (Kim et al. 2021): moss halves the cost",
    where Zorpco makes things elsewhere in the notes ("Zorpco's DenCam", "DenCam (Zorpco)", "(Kim et al., Zorpco 2021)"): a
    maker and the authors of its work, where a finding is from, not who made the maker."""
    makers = {s.object.final() for s in statements if s.relation == "developedBy" and s.source.rule in ("possessive", "organisation-in-parentheses")}
    return [s for s in statements if not (s.relation == "developedBy" and s.source.rule == "citation" and s.subject.final() in makers)]


def _names_a_made_thing(kind: Record) -> bool:
    head = singular_noun(kind.label.split()[-1].lower()) if kind.label.split() else ""
    return head in _MADE_WORDS or classify.class_of_word(head) in _MADE_CLASSES
