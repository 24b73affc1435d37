"""Lists that a line above them says what they are, and links listed under a heading: the items
nested under "Common optimizers:" are kinds of optimizer; the terms right under "## Types of
Regularization" are kinds of regularization, under "# Elements of a Prompt" parts of a prompt; the
items of the list after "The course consists of three parts:" are what the course consists of; a
link under "### JavaScript AI Libraries" is one. Knows the notes' structure; what the line above says
is read in kg.ingest.introduced."""

from __future__ import annotations

import re

from kg.ingest.extraction import Extraction
from kg.ingest.lexicon import Record
from kg.ingest import clauses, outline, tagger
from kg.ingest.lists import without_asides
from kg.ingest.marks import ARROW_BETWEEN
from kg.ingest.markdown import Heading, Paragraph
from kg.ingest.modifiers import ASPECT_TITLES, CLASSIFYING, PART_WORDS, ROLE_WORDS, an_adjective, is_counted, is_shell
from kg.ingest.counted import common_first_word
from kg.ingest.name_lists import a_name, an_adjective_alone, names_for_a_use, names_of_a_kind, names_only
from kg.ingest.namings import kind_word, label_relation, plural_subject
from kg.ingest.nouns import VERBS_ING, Phrase, as_kind, keep, names_a_doing, noun_phrase
from kg.ingest.categories import COUNTED_PARTS, category_named, counted_groups, ones_of_the_term, parts_alone, parts_counted, parts_named, types_named
from kg.ingest.remarks import a_writing, is_remark, named_beside_its_place, someones_remark
from kg.ingest.outline import KINDS, a_kind_of_the_class, head_shared, is_bare_name, kinds_or_members, names_a_kind_of, naming_words, shares_the_head, stands_for_words
from kg.ingest.problems import troubled_by_list, troubles_or_uses
from kg.ingest.terms import VS, a_field, labels_names
from kg.ingest.written_parts import sum_of_parts
from kg.ingest.vault import file_name, glossary_of
from kg.ingest.subjects import CURRENT
from kg.ingest.introduced import EXAMPLES_FOLLOW, counted_class, introduced_relation, kind_labelled, last_introduced, sorted_kind_under
from kg.ingest.entries import Entry
from kg.ingest.counted_kinds import whose_kinds_counted
from kg.ingest.subject_records import resolve
from kg.ingest.sentences import sentences
from kg.ingest.singular import singular_phrase
from kg.ingest.tagger import names_a_concept
from kg.ingest.item_names import item_concept, item_phrase, item_words, links_listed_first, named_in_a_list_item, names_listed_first, section_members
from kg.ingest.listed_works import work_under_heading
from kg.ingest.heading_classes import (MEMBER_CLASSES, a_compound_plural, a_doing_among_things, a_member_by_class, a_term_of_words, class_of_members, heading_named,
                                      heading_spoken_of, kinds_of_the_section, member_of_heading, names_a_class, reasons_for, said_by_the_section, thing_of_the_section)
from kg.labels import as_term, fold, looks_like_name
from kg.source import Source

# "knowledge augmentation (retrievers, web search)": a kind's name, then its examples in parentheses
_ASIDE_NAMES = re.compile(r"^[^(),:]{2,60}(?:\((?P<names>[^()]*,[^()]*)\)(?!\s*[a-z])|,\s+(?:like|such as|e\.g\.)\s+(?P<listed>[^,()]{1,60}?)(?:,|$))")
INTRODUCED = -1  # the key of the list that a paragraph, not an item, introduces
HEAD = "head"  # under a bare item: kinds of it by its words, any other name in its scope (kg.ingest.outline)
MEMBERS = "members"  # under a plural entry with a definition: its terms and names are members, no bare item


_ASIDE_AT_END = re.compile(r"\s*\([^)]*\)$")


def names_members(term: str) -> bool:
    """ "Specialized judges", "Den sensors": an entry in the plural that names a kind of thing, whose terms below are members."""
    written = _ASIDE_AT_END.sub("", as_term(term))  # a short noun phrase (its abbreviation aside), not two joined nor a clause
    return len(written.split()) <= 4 and singular_phrase(written) != written and category_named(f"{written}:") is not None \
        and not re.search(r"\s(?:and|or|&)\s", written) and not clauses.has_finite_verb(written) \
        and written.split()[0].lower() not in VERBS_ING  # "Evaluating retrievers": a doing, its object no kind of what is below


_FAILURES = frozenset({"failure", "error", "mistake", "fault", "bug"})  # "- planning failures" / "  - tool use errors: A": one of them
_RELATIVE_TAIL = re.compile(r"\s+(?:that|which|who)\s.*$", re.IGNORECASE)
# "2 steps", "three main stages": how many parts a term has, named in the items below it
_COUNTED = re.compile(r"^\s*(?:\d+|two|three|four|five|six|seven|several)\s", re.IGNORECASE)
_TAGS_AT_END = re.compile(r"(?:\s+#[\w/-]+)+\s*$")  # "- 3 categories #tools": a tag of the block, no word of it


def whole_counted(line: str, named: str, paragraph: Paragraph) -> str | None:
    """What the heading above names, when an item counts its parts ("- 3 layers" under "## The AI engineering stack"
    lists the stack's layers) or a line names them alone ("Steps:"); None for anything else (kinds: "- 2 families")."""
    if named.split()[-1] not in PART_WORDS or not (_COUNTED.match(line) or parts_alone(line)) or not paragraph.headings:
        return None
    title = as_term(named_beside_its_place(heading_spoken_of(paragraph.headings).title))  # "# RAG" / "## Architecture": RAG's
    title = parts_named(title) or title  # "## Components of a RAG system" / "Two parts:": the system's
    return title if names_a_concept(title) and not is_shell(title) else None


def introducer_of(paragraph: Paragraph, label: str | None, entry: Entry | None, topic: str, extraction: Extraction, note: Record | None = None) -> tuple[Record, str] | None:
    """The concept and relation of a paragraph that ends on a list to come: "The course consists of three parts:";
    a bold label alone on its line heads the list below as a heading would ("**Language modeling metrics**")."""
    if paragraph.item is None and paragraph.term and not paragraph.text.strip() and (reasons := reasons_for(paragraph.term)) is not None:
        return extraction.concept(noun_phrase(reasons[0]), Source(paragraph.file, paragraph.line), topic), "usedFor"  # "**Reasons to finetune**"
    if paragraph.item is None and paragraph.term and not paragraph.text.strip() and entry is not None and entry.current is not None:
        return entry.current.final(), "isA" if entry.plural else HEAD
    if paragraph.item is None and paragraph.term and entry is not None and COUNTED_PARTS.fullmatch(paragraph.text.strip(" .:")):
        return entry.records[0].final(), "contains"  # "inference = 2 steps" over "1. prefill", "2. decode": its parts
    if paragraph.item is None and paragraph.term and entry is not None and entry.current is not None \
            and outline.kind_of_the_heading(paragraph.term, paragraph, set()) is not None:
        return entry.current.final(), "isA"  # "### Two buckets" / "**Adapter-based**: ..." over "- LoRA": adapter-based kinds
    if paragraph.item is None and paragraph.term and entry is not None and entry.current is not None and names_members(paragraph.term) \
            and not (paragraph.headings and fold(paragraph.term) == fold(as_term(paragraph.headings[-1].title))):
        return entry.current.final(), MEMBERS  # "**Specialized judges** - small models ..." over terms (not "## Dens" over a line)
    if paragraph.item is None and label and not paragraph.text.strip() and (kind := kind_labelled(label)) is not None:
        return extraction.concept(kind, Source(paragraph.file, paragraph.line), topic), "isA"  # "**Digging styles:**", no term
    if paragraph.item is None and entry is None and (named := category_named(paragraph.text) or parts_alone(paragraph.text)) is not None \
            and (whole := whole_counted(paragraph.text, named, paragraph)) is not None:  # "## RAG" / "Two main components:"
        return extraction.concept(noun_phrase(whole), Source(paragraph.file, paragraph.headings[-1].line), topic), "contains"
    if paragraph.item is None and (written := paragraph.text.strip()).endswith(":") and "\n" not in written and (whole := parts_named(written)):
        return extraction.concept(noun_phrase(whole), Source(paragraph.file, paragraph.line), topic), "contains"  # "Parts of a sett:" over its parts
    if paragraph.item is None and paragraph.headings and (written := paragraph.text.strip()).endswith(":") and "\n" not in written \
            and (kind := sorted_kind_under(written, paragraph.headings[-1].title)) is not None:  # "## Data synthesis" / "Traditional techniques:"
        return extraction.concept(kind, Source(paragraph.file, paragraph.line), topic), "isA"
    if (written := paragraph.text.strip()).endswith(":") and "\n" not in written and (kind := plural_subject(written.rstrip(":"))) is not None:
        return extraction.concept(kind, Source(paragraph.file, paragraph.line), topic), MEMBERS  # "Domain models are trained on X:" / "- AlphaFold"
    last = sentences(paragraph.text)[-1][1] if paragraph.item is None and (entry is None or entry.note or paragraph.term) and paragraph.text.strip() else None
    if last is not None and (last != paragraph.text.strip() or entry is not None and entry.note) and ((kinds := counted_groups(last) == "") or parts_counted(last)) \
            and (named := whose_kinds_counted(paragraph, entry, extraction, topic, note)) is not None:  # "Den care = ... Two steps:": its parts
        return named, KINDS if kinds else "contains"  # "## Den sealing" / "Sealing keeps dens warm. Three ways:": kinds of den sealing
    said = introduced_relation(paragraph.text or label or "", in_a_list=paragraph.item is not None) \
        or (last_introduced(last, paragraph.headings[-1].title if paragraph.headings else "") if last != paragraph.text.strip() and (entry is None or entry.note) else None)
    if said is None:
        return None
    subject, relation = said
    if relation == "isA" and "\n" not in (paragraph.text or label or "").strip():
        written = paragraph.text or label or ""  # "Two families of X:": kinds; "Two benchmarks:": members, names or terms only
        relation = MEMBERS if counted_class(written) else kinds_or_members(written)
    if relation == "isA" and isinstance(subject, Phrase) and _two_kinds(subject.label, extraction):
        return None
    if isinstance(subject, Phrase):
        who = resolve(subject, entry, extraction, Source(paragraph.file, paragraph.line), topic)
        return (who, relation) if who is not None else None
    if entry is None and subject == CURRENT and (relation in ("suffersFrom", "hasExample") and paragraph.item is not None or relation == "usedFor") \
            and (named := thing_of_the_section(paragraph, extraction, topic)) is not None:
        return named, relation  # "## Burrow radar" / "- limitations" / "  - glare": the radar's problems; "Use cases:" / "- sorting": what it is for
    if entry is None and subject == CURRENT and paragraph.item is None and counted_groups(paragraph.text) == "" \
            and (named := thing_of_the_section(paragraph, extraction, topic)) is not None:
        return named, KINDS  # "## Burrow care" / "Two kinds:" / "1. Daily sweeping — ...": kinds of burrow care
    if entry is None or subject != CURRENT or (paragraph.item is not None and entry.depth < paragraph.depth - 1):
        return None  # "- Burrows" / "  - kestrel watching" / "    - cons:": the cons of what the item above is
    return entry.records[0].final(), relation


_SENTENCE_BREAK = re.compile(r"[.;]\s+")


def read_list_item(paragraph: Paragraph, term: str | None, term_record: Record | None, topic: str,
                   introducers: dict[int, tuple[Record, str]], extraction: Extraction, label: str | None = None,
                   heads_items: bool = False, opens_section: bool = False, after_prose: bool = False, note: Record | None = None) -> None:
    """What a list item is, by what introduced its list; and whether it introduces the items nested
    under it. `term_record` is the concept of the item's bold term, if it has one; `introducers`
    maps an item (or INTRODUCED) to the concept and relation its list is read with; `label` is what
    opened the item in bold or before a colon when that was no term ("Examples:"); `opens_section`
    whether no paragraph of prose stands between the item and its heading, `after_prose` whether one line
    of it does (the section's list still: its terms are members of a heading that names a class); `note` the concept of
    the note the item is in, if it is one on a concept."""
    source = Source(paragraph.file, paragraph.line)
    # a bare item of the list right under a heading (or one line of prose), with no label between: what the heading says it is
    heads_the_list = paragraph.item is not None and label is None and not paragraph.parents and bool(paragraph.headings) \
        and INTRODUCED not in introducers and (opens_section or after_prose)
    if term_record is not None and not paragraph.parents and paragraph.headings:  # an entry right under the heading
        heading = paragraph.headings[-1]
        if kinds := types_named(heading.title):  # "## Types of Regularization"
            kind = extraction.concept(noun_phrase(kinds), Source(paragraph.file, heading.line), topic)
            extraction.state(term_record, "isA", kind, source.by("heading-kind"))
        elif whole := parts_named(heading.title):  # "# Elements of a Prompt"
            holder = extraction.concept(noun_phrase(whole), Source(paragraph.file, heading.line), topic)
            extraction.state(holder, "contains", term_record, source.by("heading-part"))
        elif paragraph.item is None and paragraph.text and opens_section and (kind := heading_named(heading)) is not None \
                and names_a_class(kind) and class_of_members(kind) in MEMBER_CLASSES and not glossary_of(heading.title):
            member_of_heading(term_record, heading, source, extraction)  # "## Digging metrics" / "**Depth** — how far ...": one
        elif paragraph.item is None and heading.level > 1 and paragraph.emphasized and term and fold(paragraph.emphasized[0]) == fold(term) \
                and (kind := heading_named(heading)) is not None and names_a_kind_of(kind, term_record.final().label):
            category = extraction.concept(noun_phrase(kind), Source(paragraph.file, heading.line), topic)  # "## Batching" / "**Static
            extraction.state(term_record, "isA", category, source.by("shared-head"))  # batching** — ...": a kind of it, by its words
    elif term_record is not None and not paragraph.parents and (scope := glossary_of(file_name(paragraph.file))):
        _in_glossary(scope, term_record, Source(paragraph.file, 1), source, topic, extraction)  # "NLP glossary.md"
    elif heads_the_list and (kinds := types_named(paragraph.headings[-1].title)) \
            and is_bare_name(without_asides(paragraph.text).strip(" .")) and (found := item_concept(paragraph, source, topic, extraction)) is not None:
        extraction.state(found, "isA", extraction.concept(noun_phrase(kinds), Source(paragraph.file, paragraph.headings[-1].line), topic),
                         source.by("heading-kind"))  # "## Types of dens" / "- sett": one of them, as "- **Sett**: ..." is (no label between)
    elif heads_the_list and (whole := parts_named(paragraph.headings[-1].title)) and (found := item_concept(paragraph, source, topic, extraction)) is not None:
        # "## Parts of a sett" / "- nest chamber", "- side tunnel — the way out": a part, what the item is said to be or do aside
        holder = extraction.concept(noun_phrase(whole), Source(paragraph.file, paragraph.headings[-1].line), topic)
        extraction.state(holder, "contains", found, source.by("heading-part"))
    if paragraph.item is None or (label and someones_remark(label)):
        return  # "  - my take: overkill for setts": a remark, no member of what is over it
    line = f"{term or label}:" if (term or label) and paragraph.has_colon and not paragraph.text else paragraph.text
    if line.rstrip().endswith(":") and (said := troubles_or_uses(line.strip().rstrip(":"))) is not None:
        introducers[paragraph.item] = (extraction.concept(noun_phrase(common_first_word(said[0])), source, topic), said[1])
        return  # "- Limitations of X:", "- **X use cases:**": X suffers from each item, or is used for it
    labelled, _colon, listed = (f"{label}: {paragraph.text}" if label else paragraph.text).partition(": ")
    if listed.strip() and (troubled := troubled_by_list(labelled)) is not None and keep(noun_phrase(troubled)):  # not "depending on"
        thing = extraction.concept(noun_phrase(troubled), source, topic)
        for problem in names_only(listed.replace(" + ", ", ")) or ():  # "- seq2seq cons: slow decoding, cost + latency"
            extraction.state(thing, "suffersFrom", extraction.concept(problem, source, topic), source.by("introduced-list"))
        return
    if not (paragraph.text and term) and (written := term or paragraph.text).count(" ") < 6 and (whole := parts_named(written)) is not None:
        introducers[paragraph.item] = (extraction.concept(noun_phrase(whole), source, topic), "contains")
        return  # "- Parts of a prompt" over "- task description", "- examples": what a prompt contains
    if term_record is not None and paragraph.text and counted_groups(_SENTENCE_BREAK.split(line)[-1]) == "":
        introducers[paragraph.item] = (term_record, "isA")  # "- **Den sealing**: closing dens. Two approaches:": its kinds
        return
    if term_record is not None and COUNTED_PARTS.fullmatch(paragraph.text.strip(" .:")):
        introducers[paragraph.item] = (term_record, "contains")  # "- inference = 2 steps" over "- prefill", "- decode": its parts, not the heading's
        return
    line = re.split(r"[.;]\s+(?=[A-Z])", line)[-1] if line.rstrip().endswith(":") else line  # "...: closing dens. Two types:"
    line = next((link.text + line[link.end:] for link in paragraph.wikilinks if link.start == 0 and link.end >= len(line.rstrip(" :"))), line)  # "[[Agent|Agents]]": a note
    named = category_named(line) if not VS.search(line) else None  # "- static vs dynamic batching" names no category
    if named is None and heads_items and (narrowed := _RELATIVE_TAIL.sub("", line)) != line:
        named = category_named(narrowed.rstrip(":") + ":")  # "- Compilers that lower a model to kernels" over items: compilers
    if named is None and note is not None and heads_items and not paragraph.headings and not paragraph.parents \
            and counted_groups(_TAGS_AT_END.sub("", line).rstrip(" :") + ":") == "":
        introducers[paragraph.item] = (note, "isA")  # "Tools.md" / "- 3 categories #tools" over items: kinds of the note's concept
        return
    if named is None and (counted := counted_groups(line)) is not None and (counted or paragraph.headings):
        named = counted or as_term(paragraph.headings[-1].title)  # "## PEFT" / "- 2 families:": kinds of PEFT
    if named is not None:
        if (whole := whole_counted(line, named, paragraph)) is not None:  # "## The AI stack" / "- 3 layers": its parts
            heading = paragraph.headings[-1]
            introducers[paragraph.item] = (extraction.concept(noun_phrase(whole), Source(paragraph.file, heading.line), topic), "contains")
            return
        if note is not None and not paragraph.parents and not paragraph.headings and COUNTED_PARTS.fullmatch(line.strip(" .:")):
            introducers[paragraph.item] = (note, "contains")  # "Den building.md" / "- 2 steps": the note's concept's parts
            return
        if singular_phrase(named.split()[-1].lower()) in ROLE_WORDS or _two_kinds(named, extraction):
            return  # "... two main functions:" / "- indexing", "- features" / "- caching": what it does or has, no kind of function
        introducers[paragraph.item] = (extraction.concept(as_kind(noun_phrase(named)), source, topic), kinds_or_members(line))
        return
    written = paragraph.text.strip()
    arrowed = ARROW_BETWEEN.search(written) is not None  # "- den sealing -> close dens": the name, one of its list still
    if term is None and not label and heads_items and (re.fullmatch(r"[^:]+:", written) or arrowed) \
            and len(heading_words := without_asides(written := ARROW_BETWEEN.split(written)[0].rstrip(":").strip()).strip()) > 1 and is_bare_name(heading_words) \
            and not is_remark(written) and label_relation(written) is None and not is_counted(written) \
            and keep(noun_phrase(written)):  # "- drift detection:" (or "- den sealing -> ..."); not "- Ways to seal dens:"
        introducers[paragraph.item] = (extraction.concept(noun_phrase(written), source, topic), HEAD)
        if not arrowed:
            return
    if term_record is not None and not VS.search(term or "") and (not paragraph.text.rstrip().endswith(":") or ones_of_the_term(paragraph.text) and names_members(term)):
        # "- model parallelism" alone, "- PEFT: updates a few weights": heads the items below ("- Stage: ... taxonomy of X:" does not)
        introducers[paragraph.item] = (term_record, MEMBERS if paragraph.text and names_members(term) else HEAD)
    if term_record is None and not label and heads_items and (named := outline.name_before_a_dash(paragraph)) is not None:
        introducers[paragraph.item] = (extraction.concept(named, source, topic), HEAD)  # "- SDMs (state den models) — promising"
    introducer = introducers.get(paragraph.parents[-1] if paragraph.parents else INTRODUCED)
    if introducer is None:
        if note is not None and not paragraph.parents and term is None and not label and not re.search(r"[=:≈]", paragraph.text) \
                and all(h.level == 1 or as_term(h.title).lower() in ASPECT_TITLES for h in paragraph.headings[-1:]) \
                and (parts := sum_of_parts(paragraph.text)) and not any(part.split()[0].lower() == "other" for part in parts):
            # "RAG.md" / "- retriever + generator": what the concept is made of (under "## Why dens are hard", "- cost + damp" no parts)
            for part in filter(keep, map(noun_phrase, parts)):
                extraction.state(note, "contains", extraction.concept(part, source, topic), source.by("outline-item"))
        elif not paragraph.parents and (said := said_by_the_section(paragraph, extraction, note)) is not None:
            for member in section_members(paragraph, term_record, said[1], source, topic, extraction):  # "- slow decoding", "- cost + damp"
                if not is_shell(re.split(r"\s+(?:for|of)\s+", member.final().label)[0]):  # "- proxy for capability": a role
                    extraction.state(said[0], label_relation(label) or said[1] if label else said[1], member, source.by("section-item"))
        elif not paragraph.parents and paragraph.headings and not work_under_heading(paragraph, source, topic, extraction):  # "## Attention" / "- self-attention"
            _kind_of_heading(paragraph, term_record, source, topic, extraction, opens_section, after_prose)
        return
    if introducer[1] in ("isA", KINDS) and EXAMPLES_FOLLOW.match(f"{label or ''} {paragraph.text}".strip().rstrip(":").strip()):
        introducers[paragraph.item] = introducer  # "- Classification models:" / "  - Examples:" / "    - SVM": a kind of it
        return
    record, relation = introducer
    relation, kinds_named = ("isA", True) if relation == KINDS else (relation, False)
    if VS.search(term or paragraph.text.split(":")[0]):
        return  # "- sparse models vs dense models" under "Architectures": a comparison of two, no member
    if relation == MEMBERS:  # "- **Den sensors**: tools in dens" / "  - **ScentLog**: ...": one of them; "  - cheap" none
        named = item_phrase(paragraph) if term_record is None else None  # "  - ScentLog — ...": a name, without bold
        if listed := names_listed_first(paragraph) if term_record is None else None:
            for phrase in listed:  # "  - ScentLog (Zorpco), MoleMap, TextDig", "  - prefix-tuning, P-Tuning": each one of them
                extraction.state(extraction.concept(phrase, source, topic), "isA", record, source.by("nested-list"))
        elif (member := term_record or (extraction.concept(named, source, topic) if named is not None and looks_like_name(named.label) else None)) \
                and not outline.a_side_labelled(term, term_record, record, paragraph) and not a_doing_among_things(member.final().label, record) and not a_writing(member.final().label):
            extraction.state(member, "isA", record, source.by("nested-list"))
        return
    if relation == HEAD:  # under a bare item: a kind of it when it ends on its head word, else within its scope
        # a term, with a terse definition or none ("- **summing** - add weights") is in its scope; not "- **Adam** keeps two states"
        bare = outline.within_the_item(paragraph, record.final()) if term_record is not None else is_bare_name(naming_words(paragraph.text))
        if term is None and not label and not re.search(r"[=:≈]", paragraph.text) and (parts := sum_of_parts(paragraph.text)) is not None:
            for part in filter(keep, map(noun_phrase, parts)):  # "- RAG" / "  - retriever + generator": what it is made of
                extraction.state(record, "contains", extraction.concept(part, source, topic), source.by("outline-item"))
            return
        if (written := _member_label(paragraph, term_record)) and (names_a_kind_of(record.final().label, written)
                                                                  or a_kind_of_the_class(record.final().label, written)
                                                                  or shares_the_head(record.final().label, written, paragraph.text)):
            extraction.state(term_record or item_concept(paragraph, source, topic, extraction), "isA", record, source.by("shared-head"))
        elif written and bare and not a_field(written) and not labels_names(term or written, paragraph.text) and not (re.fullmatch(r"[a-z]+", (term or paragraph.text).strip(" .")) and tagger.tag(written)[0][1] == "JJ") \
                and keep(noun_phrase(written)) and not is_shell(written) and not a_writing(noun_phrase(written).label) \
                and (member := term_record or item_concept(paragraph, source, topic, extraction)) is not None:  # "  - common", "  - fix: ...": none
            said = label_relation(label) if label else None  # "- alternative: [[Clay lining]]": what the label says it is
            if not said and not paragraph.wikilinks and _a_member_of(record, member):  # "  - MossChip"; links: an index's
                extraction.state(member, "isA", record, source.by("nested-list"))
            else:  # a name under a thing of no name is an example of it: "- instruction synthesis" / "  - [[Alpaca]] (Stanford)"
                example = not said and member.final().is_name and not record.final().is_name and not paragraph.equated  # "RLAIF = ..." a term
                extraction.state(*((member, "exampleOf", record) if example else (record, said or "includes", member)), source.by("introduced-list" if said else "outline-item"))
        elif term_record is None and "," in paragraph.text and not paragraph.links:  # "- quantization, distillation"
            said = label_relation(label) if label else "includes"  # "- why use it: A, B": what it is for; "- pros: A, B": none
            for thing in [extraction.concept(phrase, source, topic) for phrase in names_only(paragraph.text) or ()] if said else []:
                one = said == "includes" and not paragraph.wikilinks and _a_member_of(record, thing)  # "  - ZPU, TPD (Zorpco)"; names under a doing: its examples
                example = said == "includes" and thing.final().is_name and names_a_doing(record.final().label)  # "- image making" / "  - [[Runway]], [[Pika]]"
                extraction.state(*((thing, "isA", record) if one else (thing, "exampleOf", record) if example else (record, said, thing)), source.by("nested-list" if one else "introduced-list" if label else "outline-item"))
        return
    if term is None and relation != HEAD and (pair := _two_things(paragraph, extraction)) is not None:
        for phrase in pair:  # "Problems:" / "- inconsistency and cost", "Attacks" / "- jailbreaking & prompt injection": each
            thing = extraction.concept(phrase, source, topic)
            extraction.state(*((thing, "isA", record) if relation == "isA" else (record, relation, thing)),
                             source.by("nested-list" if relation == "isA" else "introduced-list"))
        return
    if term is None and label and is_remark(label) and re.search(r"\b(?:of|between|in|on|for|with)\b", paragraph.text):
        return  # "- Example: Distribution of transaction amounts" under "Histograms": a description, no member
    use = names_for_a_use(paragraph.text) if term is None and relation == "isA" and "," in paragraph.text else None
    if term is None and relation == "isA" and "," in paragraph.text and not paragraph.links \
            and (named := named_in_a_list_item(paragraph.text) or (use[0] if use and len(use[0]) > 1 else None)) is not None:
        for phrase in named:  # "- LM metrics" / "  - cross entropy, perplexity, bits-per-character": each one of them
            if not (CLASSIFYING.fullmatch(phrase.label) or an_adjective(phrase.label) or an_adjective_alone(phrase.label)):  # "- HNSW, graph-based", "racist": what it is like
                extraction.state(extraction.concept(phrase, source, topic), "isA", record, source.by("nested-list"))
        if use is not None and keep(purpose := noun_phrase(use[1])):
            for phrase in use[0]:  # "- DenSQL, RootSQL for text-to-den": what each is for
                extraction.state(extraction.concept(phrase, source, topic), "usedFor", extraction.concept(purpose, source, topic), source.by("nested-list"))
        return
    member = term_record if term is not None else item_concept(paragraph, source, topic, extraction)
    if member is None or a_writing(member.final().label):
        return  # "- FLAN paper (Chung et al. 2022): ...", "- Microsoft study (2023): ...": the writing cited, no member of it
    linked = any(link.text in (term, paragraph.text.strip()) for link in paragraph.wikilinks)  # "- [[X]]": one of them over items too
    # a plural that lists its own ("- failure modes: A, B") is a category of its own, as an item over items is
    named, _colon, listed = (f"{term}: {paragraph.text}" if term else paragraph.text).partition(": ")
    own_list = "," in listed and singular_phrase(named.strip()) != named.strip() and not re.search(r"\s(?:to|of|for|in|on|with|from)\s", named)
    if relation == "isA" and (heads_items or own_list) and not kinds_named and not linked and not member.is_name \
            and not names_a_kind_of(record.final().label, member.final().label) and not kind_word(record.final().label) \
            and not head_shared(record.final().label, member.final().label) \
            and not {record.final().label.split()[-1], member.final().label.split()[-1]} <= _FAILURES:
        # "- Foundation models" / "- architecture" / ...: a topic of it; not "- specialized judges" / "- reference-based judges"
        extraction.state(record, "includes", member, source.by("outline-item"))
    elif relation == "isA":
        extraction.state(member, "isA", record, source.by("nested-list"))
        if term is None and heads_items and paragraph.item not in introducers and names_members(item_words(paragraph)[1]):
            introducers[paragraph.item] = (member, MEMBERS)  # "1. Snout-based methods — push soil" / "   - Mud Shoving": one of them
        if term is None and (aside := _ASIDE_NAMES.search(paragraph.text)) is not None \
                and not re.search(r"\bet al\b|\b(?:19|20)\d\d\b", aside.group()):  # "- write actions (sending email, ...)", no citation
            for example in names_only(re.sub(r"^(?:e\.g\.|such as|like|including)[,:]?\s*", "", aside["names"] or aside["listed"])) or ():
                extraction.state(extraction.concept(example, source, topic), "exampleOf", member, source.by("examples"))
    elif names := names_of_a_kind(named, listed if term is None else paragraph.text):
        for name in names:  # "techniques to check X:" / "- benchmark: TruthfulQA (817 questions)": TruthfulQA checks it
            thing = extraction.concept(name, source, topic)
            extraction.state(record, relation, thing, source.by("introduced-list"))
            extraction.state(thing, "isA", member, source.by("nested-list"))
    else:
        extraction.state(record, relation, member, source.by("introduced-list"))


def _two_kinds(label: str, extraction: Extraction) -> bool:
    """ "Criteria and thresholds:" over items: two kinds joined, and which one each item is the list does not say."""
    return " and " in label and fold(label) not in extraction.lexicon.with_and


def _a_member_of(record: Record, member: Record) -> bool:
    """A name under a common noun of one thing ("Den chip", or "DN" for "den nook"): one of it; not under a doing ("Paw scraping") or two."""
    return member.final().is_name and (not record.final().is_name or stands_for_words(record.final())) and not names_a_doing(record.final().label) \
        and not re.search(r"\s(?:and|or|&)\s", record.final().label)  # "Scanners and sensors": neither is what they hold


def _a_technique_named(kind: str, member: str, term_record: Record | None) -> bool:
    """ "## Den techniques" / "- **Sealing:** closing a den": one word set off as a term that names a doing is one of the
    techniques (not "**Input**: raw text" under "## Metrics", a field and its value)."""
    return term_record is not None and " " not in member.strip() and class_of_members(kind) == "Technique" and names_a_doing(member)


def opens_with_prose(paragraph: Paragraph) -> bool:
    """Prose that opens a section and leaves its list to it: no item, term or label over the list ("Techniques:" says what they are)."""
    return paragraph.item is None and paragraph.term is None and not paragraph.depth and not paragraph.text.rstrip().endswith(":")


def _in_glossary(scope: str, term_record: Record, named: Source, source: Source, topic: str, extraction: Extraction) -> None:
    """A term a glossary of a field defines is within the field: "tokenization" in an NLP glossary."""
    extraction.state(extraction.concept(noun_phrase(scope), named, topic), "includes", term_record, source.by("glossary"))


def _two_things(paragraph: Paragraph, extraction: Extraction) -> list[Phrase] | None:
    """ "inconsistency and cost": an item that names two things, each a word or two; None otherwise, and
    for a name the notes know whole ("probability and statistics")."""
    if linked := links_listed_first(paragraph):
        return linked  # "- [[jailbreaking]] & [[prompt injection]]": each a note, however the notes know them
    phrase = item_phrase(paragraph)
    if phrase is None or extraction.lexicon.find(phrase.label) is not None:
        return None
    parts = re.split(r" and | & ", common_first_word(phrase.label))  # "Flooding and root intrusion": a capital for its place
    found = [noun_phrase(part) for part in parts if 0 < len(part.split()) <= 2]
    return found if len(parts) == 2 and len(found) == 2 and all(keep(p) for p in found) else None


def _member_label(paragraph: Paragraph, term_record: Record | None, pages: bool = False) -> str | None:
    """The label an item names, before any concept is made of it; None for a link that opens the item: a page on it
    ("[Introduction to quantization](...)"), unless `pages` says the list is the section's own and it is a name ("[Wombat DB](...)")."""
    if _opens_with_a_link(paragraph):
        opening = next((link for link in paragraph.links if link.start == 0), None)
        linked = term_record.final().label if term_record is not None else opening.text if opening is not None else ""
        return linked if pages and _a_tool_s_page(linked) else None
    if term_record is not None:
        return term_record.final().label
    phrase = item_phrase(paragraph)
    return phrase.label if phrase is not None else None


def _opens_with_a_link(paragraph: Paragraph) -> bool:
    return paragraph.term_linked or any(link.start == 0 for link in paragraph.links)


def _a_tool_s_page(text: str) -> bool:
    """ "Wombat DB", "pgmoss", "DenChain": a link text that is a name of one to three words, the page of
    the thing it names; not a title ("Introduction to quantization", "Attention Is All You Need")."""
    words = text.split()
    one_word = re.fullmatch(r"[A-Z][\w.-]*", text) is not None and not is_remark(text)  # "[Pinecone](...)": a word of the dictionary too
    return 1 <= len(words) <= 3 and (a_name(noun_phrase(text)) or one_word) and not _FUNCTION_WORD.search(text)


_FUNCTION_WORD = re.compile(r"\b(?:of|to|for|with|the|an?|is|are|in|on|and|or|how|what|why|your|you)\b", re.IGNORECASE)


def _kind_of_heading(paragraph: Paragraph, term_record: Record | None, source: Source, topic: str, extraction: Extraction,
                     opens_section: bool, after_prose: bool = False) -> None:
    """An item right under a heading that ends on the heading's head word is a kind of what the
    heading names: "self-attention" under "## Attention", "Model parallelism" under "## Parallelism".
    Any other term of a list that opens the section of one subject is within its scope: "## Exact
    evaluation" / "- **functional correctness**: ..." (a line before the list, "Techniques:", says
    what its items are instead)."""
    heading = paragraph.headings[-1]
    if (kind := heading_named(heading)) is None or (not types_named(heading.title) and kinds_of_the_section(paragraph.headings)) or VS.search(paragraph.term or "") \
            or (paragraph.term is None and labels_names(*paragraph.text.partition(":")[::2])):  # "- Libraries: A, B": libraries, each
        return  # "## Dens" / "### Two buckets": kinds of den (kind_in_a_section), no kind of "bucket"; "- **Moss vs clay:**": two set apart
    listed = names_only(paragraph.text) if term_record is None and "," in paragraph.text and not paragraph.links else None
    if listed and len(listed) > 1 and names_a_class(kind):  # "## Burrow metrics" / "- depth, width, slope": each one
        for phrase in listed:
            member_of_heading(extraction.concept(phrase, source, topic), heading, source, extraction)
    elif listed and len(listed) > 1 and a_compound_plural(kind) and all(phrase.is_name for phrase in listed):
        category = extraction.concept(noun_phrase(kind), Source(paragraph.file, heading.line), topic)
        for phrase in listed:  # "## Den formats" / "- BX8 (1 byte), CX16 / DX16": names, each one
            extraction.state(extraction.concept(phrase, source, topic), "isA", category, source.by("heading-kind"))
    # a link that opens an item is the page of what it names in a list right under the heading; not in "References:"
    elif (member := _member_label(paragraph, term_record, pages=opens_section)) and names_a_kind_of(kind, member) \
            and (found := term_record or item_concept(paragraph, source, topic, extraction)) is not None:
        category = extraction.concept(noun_phrase(kind), Source(paragraph.file, heading.line), topic)
        extraction.state(found, "isA", category, source.by("shared-head"))
    elif member and not types_named(heading.title) and not _opens_with_a_link(paragraph) and (head := head_shared(kind, member)) is not None \
            and (found := term_record or item_concept(paragraph, source, topic, extraction)) is not None:
        # "## User feedback" / "- explicit feedback: ..."
        extraction.state(found, "isA", extraction.concept(noun_phrase(head), Source(paragraph.file, heading.line), topic),
                         source.by("shared-head"))
    elif member and (looks_like_name(member) or ((opens_section or after_prose) and (a_term_of_words(member, term_record, paragraph)
                                                                                       or _a_technique_named(kind, member, term_record))
                                                  and a_member_by_class(kind, member))) and names_a_class(kind) \
            and (found := term_record or item_concept(paragraph, source, topic, extraction)):
        member_of_heading(found, heading, source, extraction)  # "## Inference frameworks" / "- vLLM — ...": one of them
    elif member and a_compound_plural(kind) and (not paragraph.text if term_record is not None else is_bare_name(without_asides(paragraph.text).strip())) \
            and not names_a_doing(member) and (found := term_record or item_concept(paragraph, source, topic, extraction)):
        # "### Control flows" / "- sequential", "- for loop": each a kind; not a doing ("## Language models" / "- sampling": a topic)
        extraction.state(found, "isA", extraction.concept(noun_phrase(kind), Source(paragraph.file, heading.line), topic), source.by("heading-kind"))
    elif term_record is None and a_compound_plural(kind) and re.fullmatch(r"[a-z][\w-]*", word := paragraph.text.strip(" .")) and an_adjective(word):
        # "### Control flows" / "- sequential": a sequential control flow, one of them
        found = extraction.concept(noun_phrase(f"{word} {singular_phrase(kind)}"), source, topic)
        extraction.state(found, "isA", extraction.concept(noun_phrase(kind), Source(paragraph.file, heading.line), topic), source.by("heading-kind"))
