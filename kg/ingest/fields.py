"""Inline fields: what a person states beside the text without writing RDF, as Obsidian and
Logseq write it (`isA:: [[sparse model]]`, `alias:: MoE`, `class:: Architecture`); a field named in
words the relation phrases know is that relation (`introduced-by:: Lewis et al.`, `used-for:: search`)."""

from __future__ import annotations

import re

from kg.checks import closest, suggestion
from kg.ingest import classify
from kg.ingest.extraction import Extraction, Warning
from kg.ingest.heading_classes import thing_of_the_section
from kg.ingest.lexicon import Record
from kg.ingest.modifiers import is_shell
from kg.ingest.markdown import Field, Paragraph
from kg.ingest.namings import TYPE_WORDS
from kg.ingest.nouns import noun_phrase
from kg.ingest.singular import singular_noun
from kg.ingest.relations import column_relation, relation_named
from kg.schema import vocab
from kg.source import Source

_FIELD_ALIASES = {"alias", "aliases", "aka", "altlabel"}
_FIELD_CLASS = {"class", "type", "kind"}
_FIELD_RELATED = {"related", "see-also", "see", "links"}  # "related:: [[X]]", "see:: [[X]]": what it relates to
# a share, a count or a question: "% valid plans", "avg # tries", "how often a tool fails"
_COUNTED_NOT_NAMED = re.compile(r"^(?:[%#~≈<>]|(?:how|what|when|which|why|whether|avg|average|number\s+of)\b)", re.IGNORECASE)
_FIELD_WORDS = ("alias", "class", "definition", "seeAlso")  # the fields beside the relations, as --help spells them


# "- give the den warmth = [[den heating]]": the block's words, then the one thing it names
_NAMED_LAST = re.compile(r"(?:=|:|->|→|—)\s*$")


def owner(paragraph: Paragraph, extraction: Extraction, topic: str) -> Record | None:
    """Whose fields a paragraph holds when its place says so: the thing an item names alone ("- [[DenEval]] #benchmark" /
    "  developed-by:: [[Zorpco]]"), or first ("- [[moss lining]] keeps dens warm"), or last after an equals sign or a
    colon, as its one link; or the one a heading right above names ("## Den" / "type:: burrow"); else None."""
    if not paragraph.fields:
        return None
    if paragraph.item is not None and len(paragraph.wikilinks) == 1 and (paragraph.text.strip() == (link := paragraph.wikilinks[0]).text
                                                                          or link.start == 0 or _NAMED_LAST.search(paragraph.text[: link.start])):
        return extraction.concept(noun_phrase(link.text), Source(paragraph.file, paragraph.line), topic)
    if not paragraph.text and paragraph.headings and paragraph.fields[0].line == paragraph.headings[-1].line + 1:
        return thing_of_the_section(paragraph, extraction, topic)
    return None


# "- tools: [[Purple Moss]] (Zorpco), [[Clay Guard]]": a label, then the links it lists
_LINKS_LISTED = re.compile(r"^[\w\s/-]{1,40}:\s*(?=\S)")


def apply_fields(paragraph: Paragraph, fallback: Record | None, extraction: Extraction, topic: str) -> None:
    """The fields of a paragraph, on whose they are (`owner`, else `fallback`, what is being read); a class or a type
    under a block that lists links after a label ("- tools: [[A]], [[B]]" / "  type:: [[guard tool]]") is each link's."""
    record = owner(paragraph, extraction, topic) or fallback
    lists_links = len(paragraph.wikilinks) > 1 and _LINKS_LISTED.match(paragraph.text) is not None
    listed = [extraction.concept(noun_phrase(link.text), Source(paragraph.file, paragraph.line), topic) for link in paragraph.wikilinks] \
        if lists_links and any(field.name.lower() in _FIELD_CLASS for field in paragraph.fields) else []
    for inline in paragraph.fields:
        for target in listed if listed and inline.name.lower() in _FIELD_CLASS else [record]:
            apply_field(inline, target, paragraph, extraction, topic)


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
            elif name != "class" and is_shell(value):  # "type:: method": the class its word has, no concept
                record.hint(classify.EXPLICIT, classify.class_of_word(singular_noun(value.lower())))
            elif name != "class" and not closest(value.replace(" ", ""), vocab.classes()):  # "type:: attack": a kind in its own words
                extraction.state(record, "isA", extraction.concept(noun_phrase(value), source, topic), source.by("inline-field"))
            else:
                hint = suggestion(value.replace(" ", ""), vocab.classes(), "classes")
                extraction.warnings.append(Warning(source, f"unknown class '{value}'; {hint}"))
    elif name == "definition":
        record.definition[:0] = list(inline.values)
    elif name in {"seealso", "url"}:
        record.see_also.update(inline.values)
    else:
        try:
            # "types:: [[LoRA]], [[Adapters]]": a plural of a word for kinds lists its kinds (a singular is a class)
            kinds = singular_noun(name) != name and singular_noun(name) in TYPE_WORDS
            named = "hasKind" if kinds else "relatedTo" if name in _FIELD_RELATED else vocab.relation(inline.name).name
        except KeyError:
            words = inline.name.replace("-", " ").replace("_", " ")  # Logseq's "introduced-by::"
            # "components::", "limitations::", "benchmarks::" as a table's columns (not "X benchmarks Y")
            named = column_relation(words) or relation_named(words)
        if named is None and _tools_of_a_kind(inline, record, extraction, source, topic):
            return
        if named is None:
            hint = suggestion(inline.name, [*vocab.relations(), *_FIELD_WORDS], "fields")
            extraction.warnings.append(Warning(source, f"unknown field '{inline.name}::'; {hint}"))
            return
        plural = singular_noun(name) != name and classify.class_of_word(singular_noun(name)) in ("Metric", "Benchmark")
        kind = extraction.concept(noun_phrase(singular_noun(name)), source, topic) if plural else None
        for value in inline.values:
            if _COUNTED_NOT_NAMED.match(value.strip()):
                continue  # "metrics:: % valid plans, how often X": what is counted, in words that name no thing
            target = extraction.concept(noun_phrase(value), source, topic)
            extraction.state(*((target, "isA", record) if named == "hasKind" else (record, named, target)), source.by("inline-field"))
            if kind is not None:  # "metrics:: TTFT, TPOT": each a metric
                extraction.state(target, "isA", kind, source.by("inline-field"))


def _tools_of_a_kind(inline: Field, record: Record, extraction: Extraction, source: Source, topic: str) -> bool:
    """`libraries:: [[FAISS]], [[ScaNN]]` on vector search, `tools:: [[Quill]]`: a field named by a plural
    of tools is what the note's concept is done with, as "Libraries: A, B" in its text: each value
    usedFor it, and one of those tools (a library). False for any other name."""
    word = inline.name.lower()
    kind = singular_noun(word)
    if kind == word or classify.class_of_word(kind) != "Tool":
        return False
    tool = extraction.concept(noun_phrase(kind), source, topic) if kind != "tool" else None
    for value in inline.values:
        target = extraction.concept(noun_phrase(value), source, topic)
        target.hint(classify.CATEGORY, "Tool")
        extraction.state(target, "usedFor", record, source.by("inline-field"))
        if tool is not None:
            extraction.state(target, "isA", tool, source.by("inline-field"))
    return True
