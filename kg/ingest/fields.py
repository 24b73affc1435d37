"""Inline fields: what a person states beside the text without writing RDF, as Obsidian and
Logseq write it (`isA:: [[sparse model]]`, `alias:: MoE`, `class:: Architecture`)."""

from __future__ import annotations

from kg.ingest import classify
from kg.ingest.extraction import Extraction, Warning
from kg.ingest.lexicon import Record
from kg.ingest.markdown import Field, Paragraph
from kg.ingest.nouns import noun_phrase
from kg.schema import vocab
from kg.source import Source

_FIELD_ALIASES = {"alias", "aliases", "aka", "altlabel"}
_FIELD_CLASS = {"class", "type", "kind"}


def apply_field(inline: Field, record: Record | None, paragraph: Paragraph, extraction: Extraction, topic: str) -> None:
    """`isA:: [[sparse model]]`, `alias:: MoE`, `class:: Architecture` on the concept being read."""
    source = Source(paragraph.file, inline.line, "Curated")
    name = inline.name.lower()
    if record is None:
        extraction.warnings.append(Warning(source, f"field '{inline.name}::' is not inside an entry; ignored"))
        return
    if name in _FIELD_ALIASES:
        for value in inline.values:
            extraction.lexicon.add_label(record, value)
    elif name in _FIELD_CLASS:
        for value in inline.values:
            known = {c.lower(): c for c in vocab.classes()}
            if value.lower().replace(" ", "") in known:
                record.hint(classify.EXPLICIT, known[value.lower().replace(" ", "")])
            else:
                extraction.warnings.append(Warning(source, f"unknown class '{value}' (known: {', '.join(vocab.classes())})"))
    elif name == "definition":
        record.definition[:0] = list(inline.values)
    elif name in {"seealso", "url"}:
        record.see_also.update(inline.values)
    else:
        try:
            relation = vocab.relation(inline.name)
        except KeyError:
            extraction.warnings.append(Warning(source, f"unknown field '{inline.name}::' (relations: {', '.join(vocab.relations())})"))
            return
        for value in inline.values:
            target = extraction.concept(noun_phrase(value), source, topic)
            extraction.state(record, relation.name, target, source.by("inline-field"))
