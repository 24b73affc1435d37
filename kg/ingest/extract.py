"""Note items -> concepts and statements: entries with bold terms, "X vs Y" entries, links as
entities, lists under headings, inline fields, and the relations sentences state (kg.phrases).

Knows the notes' structure and nothing of files on disk or of RDF.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.ingest import arrowed_makers, classify, clauses, diagrams, fields, flashcards, listed_works, marked_drawbacks, outline, placed_terms, section_kinds, subjectless, tables, templates, vault
from kg.labels import as_term, clean, fold, key, words
from kg.ingest.lexicon import Record
from kg.ingest.overlaps import read_beside_others
from kg.ingest.marks import ARROW
from kg.ingest.modifiers import credits_a_figure, credits_a_passage, names_an_instance, without_judgement, without_sites
from kg.source import Source
from kg.ingest.markdown import Heading, NotesFile, Paragraph
from kg.ingest.paragraph_rest import rest_of
from kg.ingest.examples_beside import examples_beside, state_examples
from kg.ingest.makers import aside_beside, maker_as_aside, maker_beside, state_aside, state_maker, state_title_maker
from kg.ingest.headings import is_topic, read_compared_headings, read_kind_headings, read_subtitles, topic_key
from kg.ingest.extraction import Extraction, Topic, Warning
from kg.ingest.announced import read_announced_kinds
from kg.ingest.defined_last import named_at_the_end, read_defined_last
from kg.ingest.mentions import link_headings, link_kinds, link_mentions, link_makers, link_model_names, link_paragraph_kinds
from kg.ingest.listed import HEAD, INTRODUCED, introducer_of, opens_with_prose, read_list_item
from kg.ingest.equations import split_equations
from kg.ingest.heading_classes import cited_under_heading, in_a_section_of_its_own, member_of_heading, said_of_the_heading, thing_of_the_section
from kg.ingest.makers_inside import spelled_out
from kg.ingest.nouns import Phrase, noun_phrase, opens_with_a_doing
from kg.ingest.categories import kinds_named
from kg.ingest.citations import citation_alone, credited
from kg.ingest.namings import kind_word, label_relation, names_listed
from kg.ingest.other_names import other_names
from kg.ingest.name_lists import a_name
from kg.ingest.introduced import narrowed_kind
from kg.ingest.definitions import held_by_a_name, indefinite_fragment, read_definition, read_name_definition
from kg.ingest.fragments import no_kind_of_the_first
from kg.ingest.entries import INDEFINITE, Entry, a_kind_with_members, about, defines_the_note, has_kinds, names_in, open_entry
from kg.ingest.claims import MITIGATED_BY, TURNED, Claim, Reading, as_example, as_uses, sorted_into_kinds
from kg.ingest.phrases import is_shell_kind, read
from kg.ingest.sentences import sentences
from kg.ingest.referents import with_referents
from kg.ingest.lists import without_asides
from kg.ingest.terms import POINTER, VS, a_field, abbreviations, in_title, is_no_term, kinds_by_modifiers, members_named, only_its_expansion, past_expansion, two_joined, verb_over_objects, without_label, written_term
from kg.ingest.subjects import CURRENT, a_predicate
from kg.ingest.subject_records import leading_record, opens_on_a_bold_subject, resolve, written_as
from kg.ingest.singular import singular_phrase
from kg.ingest.tagger import names_a_concept, tagged

_ALL_OR_AN_EXAMPLE = re.compile(r"\s*(?:(?:almost\s+|nearly\s+)?(?:every|each|all|most|many|some|no|several|few|multiple|both)|e\.g\.,?|for\s+(?:example|instance),?)\s", re.I)  # "Almost every model ...", "e.g. the den captioner ...": all or some of a kind, or an example: no other name of the entry
_COMPARED_ITEM = re.compile(r"[\w-]+(?: [\w-]+){0,3}(?: (?:vs\.?|versus) [\w-]+(?: [\w-]+){0,3})+", re.IGNORECASE)  # "- A vs B vs C"
_PRONOUN = re.compile(r"\s*(?:(?:she|he|the\s+(?:book|author|chapter)|[A-Z][a-z]+)\s+(?:splits|divides)\s+)?(?P<pronoun>it|they)\s",
                      re.IGNORECASE)  # "It is a form of ...", "Huyen splits it into ...": what the sentence before spoke of
_LABELLED_LINE = re.compile(r"^(?:[A-Z][a-z]+|\d)(?: [a-z]+){0,2}:\s")  # "Examples: ...", "Known problems: ...", "Used by: ...", "2 types: ..."
_LABELLED_ITEM = re.compile(r"^[a-z]+(?: [a-z]+){0,2}:\s")  # "- use cases: A, B", "cons: ...": a terse line's label


def read_file(notes: NotesFile, in_collection: bool, counted: Callable[[], object] | None = None) -> Extraction:
    """What one notes file says, read apart from the others (kg.ingest.parallel joins them); `counted` is called per paragraph."""
    _read_file(notes, extraction := Extraction(), in_collection, counted)
    return extraction


def settle(extraction: Extraction) -> Extraction:
    """The concepts of all files merged (acronyms, case variants), linked, and classified."""
    extraction.lexicon.settle_stand_ins()
    extraction.lexicon.merge_acronyms()
    extraction.lexicon.merge_case_variants()
    extraction.lexicon.finish()
    for link in (link_kinds, link_mentions, link_headings):  # kinds by their words, mentions, headings: in this order
        link(extraction)
    extraction.statements = read_beside_others(extraction.statements)
    extraction.classes = classify.choose_classes(extraction.lexicon.live(), extraction.statements)
    return extraction


def _read_file(notes: NotesFile, extraction: Extraction, in_collection: bool, counted: Callable[[], object] | None) -> None:
    for line, problem in notes.problems:
        extraction.warnings.append(Warning(Source(notes.path, line), problem))
    vault.file_folders(notes, extraction)
    subject = vault.note_subject(notes, in_collection)
    note = vault.open_note(subject, notes, extraction) if subject else None
    # a note's headings are its sections, not topics: a note about one concept, or any note of a vault with no title heading
    sections = note is not None or (in_collection and not any(h.level == 1 for h in notes.headings))
    extraction.titles.update((topic_key(notes.path, trail), heading.title) for heading, trail, _empty in notes.sections)
    for heading, trail, empty in notes.sections if not sections else ():
        if len(trail) > 1 and not is_topic(heading):
            continue  # "# Burrows" / "## Key takeaways": what stands under it is in the topic above
        topic = topic_key(notes.path, trail)
        parent = topic_key(notes.path, trail[:-1]) if len(trail) > 1 else None
        extraction.topics[topic] = Topic(topic, heading.title, Source(notes.path, heading.line), parent, empty)
        if empty and not any(h.level > heading.level for h in outline.headings_under(notes, heading)):
            extraction.warnings.append(Warning(Source(notes.path, heading.line), f"empty section '{heading.title}'"))
    read_kind_headings(notes, extraction, note.records[0] if note else None)
    for read_whole in (read_announced_kinds, read_defined_last, read_subtitles, read_compared_headings):
        read_whole(notes, extraction)  # "There are two types of LMs. A **masked LM** ...", "A model that ... is a **generative model**"
    state_title_maker(notes.path, notes.title, extraction, notes.paragraphs[0] if notes.paragraphs else None)
    introducers: dict[int, tuple[Record, str]] = {}  # what introduced a list ("Common optimizers:"), by item
    stack: list[Entry] = list(base := [note] if note else [])
    trail: tuple[Heading, ...] = ()
    entries_only = True  # no paragraph but entries since the heading
    # "- ## RAG" over items: none of its own; "- setts = big dens, burrows = small dens"; "- **Used for**: ..."; "- − more digging"
    for rewrite in (outline.lift_under_holders, split_equations, templates.read_templates, marked_drawbacks.as_labelled, arrowed_makers.as_parenthesised):
        rewrite(notes.paragraphs)
    parents = outline.parent_items(notes.paragraphs)
    before_a_list = {p.line for p, after in zip(notes.paragraphs, notes.paragraphs[1:]) if after.item is not None and not after.parents}
    tabled = {after.line for p, after in zip(notes.paragraphs, notes.paragraphs[1:]) if any(p.line < t.line < after.line for t in notes.tables) or p.item is not None and after.item in notes.list_openers and not after.parents}
    asked: str | None = None  # a card's question, its answer in the next paragraph
    first_under: dict[int, int] = {}  # a heading's line -> its first paragraph's
    opening_lists: set[int] = set()  # items with no paragraph of prose between them and their heading
    after_prose: set[int] = set()  # items with one line of prose between them and their heading, no label
    for paragraph, before in zip(notes.paragraphs, [None, *notes.paragraphs]):
        under = paragraph.headings[-1].line if paragraph.headings else -1
        opens = first_under.setdefault(under, paragraph.line) == paragraph.line or (before is not None and before.line in opening_lists)
        if opens and (paragraph.item is not None or paragraph.depth):
            opening_lists.add(paragraph.line)
        elif before is not None and (paragraph.item is not None or paragraph.depth) and (
                (before.line == first_under[under] and opens_with_prose(before)) or before.line in after_prose):
            after_prose.add(paragraph.line)  # "## Digging metrics" / a line of prose / the list
    flashcards.answer_heading_lists(notes.paragraphs, opening_lists)  # "### What are the main X?" / "- A" / "- B"
    for paragraph in notes.paragraphs:
        asked = flashcards.read_card(paragraph, asked)  # "**Q:** What is LoRA? **A:** ...": what LoRA is
        if paragraph.headings and paragraph.line == first_under.get(paragraph.headings[-1].line):
            flashcards.answer_heading(paragraph)  # "## What is LoRA?" / "A PEFT method ...": the heading asks, the paragraph answers
            cited_under_heading(paragraph, extraction)  # "### LoRA" / "- Hu et al., 2021 (Microsoft). ...": who made it
        if paragraph.card and paragraph.term is None:
            stack = list(base)  # an answer that names no term of its own says nothing of the card before
        if paragraph.headings != trail:
            stack, trail, entries_only = list(base), paragraph.headings, True
            introducers.pop(INTRODUCED, None)
        if paragraph.line in tabled:
            introducers.pop(INTRODUCED, None)  # "**Den floors**" / a table / "- rule of thumb: ...": the label was the table's, or the list's before this one
        term = paragraph.term
        for short, long in abbreviations(paragraph.text) if term is None else ():  # "abbr: FM = foundation model, ..."
            extraction.lexicon.add_label(extraction.concept(noun_phrase(long), Source(notes.path, paragraph.line), None), short)
            paragraph.text = ""
        maker_as_aside(paragraph)  # "- [[AlphaFold]] by DeepMind - ...": as "(DeepMind)" says
        known_as = placed_terms.known_as(paragraph, len(stack) > len(base)) if term is None else placed_terms.also_known(paragraph)
        by_heading = term is None and note is None and paragraph.headings and paragraph.line == first_under.get(paragraph.headings[-1].line)
        if by_heading:
            term = placed_terms.heading_defined(paragraph)  # "### Dropout" / "A regularization technique that ...": what the heading names
        example_of = placed_terms.example_of(paragraph, stack) if term is None else None  # "- e.g. [[LIMA]]: Llama 65B finetuned on ..."
        term = paragraph.term if known_as is not None or example_of is not None else term
        sides = re.split(rf": |\s{ARROW}\s", paragraph.text.strip(), maxsplit=1)[0]  # "- **A** vs **B**: ..." (or "→ ..."): the sides
        if term is not None and paragraph.item is not None and re.match(r"(?:vs\.?|versus)\s", paragraph.text.strip()) and _COMPARED_ITEM.fullmatch(compared := f"{term} {sides.strip(' .')}"):
            term, paragraph.term, paragraph.text = compared, compared, ""  # "- **A** vs **B**": two sides, as "- A vs B"
        elif term is None and paragraph.item in parents:  # "- language model" above items about it: an entry
            term = paragraph.term = outline.as_entry(paragraph)
        elif term is None and paragraph.item is not None and _COMPARED_ITEM.fullmatch(compared := without_asides(sides).strip(" .")) \
                and not any(len(side.split()) == 1 and tagged(side)[0][1] == "JJ" for side in VS.split(compared)):
            term, paragraph.term, paragraph.text = compared, compared, ""  # "- static vs dynamic", "- throughput (tokens/s) vs goodput"
        linked_term = note is not None and vault.defines_the_link(paragraph)  # "- [[Stooping]] — the dive from above": a term
        opens_with_a_note = note is not None and any(link.start == 0 for link in paragraph.wikilinks) \
            and not vault.defines_its_section(paragraph) and not linked_term  # "- [[Stooping]]": a link; "[[Logprobs]] = ...": a term
        paragraph.labelled = (listed_under := introducers.get(paragraph.parents[-1] if paragraph.parents else INTRODUCED)) is not None
        section = vault.section_of_items(paragraph, note, extraction) if linked_term and not paragraph.labelled else None  # "## Hunting": holds it
        equated = paragraph.equated  # "X (XA) = ...": a term set off by an equals sign, which no writer uses for emphasis
        if term is None and not opens_with_a_note and (plain := written_term(paragraph.text, paragraph.item is not None)
                                                       or placed_terms.glossary_line(paragraph)) and not (listed_under and two_joined(plain["term"])) \
                and not verb_over_objects(plain["term"], paragraph.text[plain.end():]) and not listed_works.catchphrase_of_a_title(plain, paragraph.links):  # "2. A and B — ...": two; "track: A, B"
            term = without_judgement(plain["term"]) if label_relation(plain["term"]) is None else plain["term"]  # "potential X: ...": X; "good for:" whole
            paragraph.term = None if in_title(plain, paragraph.links) else term  # else what follows says what it is
            rest_of(paragraph, plain.end())
            paragraph.has_colon = True
            equated = paragraph.equated = paragraph.equated or plain.group().rstrip().endswith("=")  # "- sett = badger den"
        if term is not None or paragraph.item is not None or paragraph.depth == 0:
            stack = [e for e in stack if e.depth < paragraph.depth]
        if term is None and stack:
            outline.as_purpose(paragraph)  # "- mostly for non-generative tasks" under an entry: what it is for
        # "- adapter-based: LoRA" under "- PEFT": adapter-based PEFT; "- static: ..." right under "## Batching": static batching
        narrowed = outline.class_of_the_parent(term, paragraph, stack)  # "  - metrics: A, B" under "- **Lexical similarity**"
        of_the_parent = outline.kind_of_the_parent(term, paragraph, stack) or narrowed
        # "### Two buckets" / "**Adapter-based**: ...": a kind the heading sorts, a term even where bold is emphasis
        which = None if of_the_parent else outline.kind_of_the_heading(term, paragraph, opening_lists)
        term = label = of_the_parent or which or term  # the label kept when it is no term: "Examples:" passes its list's kind on
        if term is not None and (is_no_term(term, paragraph) or outline.side_of_the_parent(term, paragraph, stack)  # "  - cost: ..."
                                 or (note is not None and paragraph.item is None and not (equated or paragraph.dashed or which or example_of))):
            paragraph.text, term = f"{term} {paragraph.text}" if not paragraph.has_colon else f"{term}: {paragraph.text}" \
                if label_relation(term) and (not stack or not paragraph.text.strip() or note and not paragraph.parents and vault.outline_label(f"{term}: ")) \
                else without_label(term, paragraph.text), None  # "- Limitations:", "- why: A, B" in a note (not "- **Challenge:** ...")
            paragraph.term = None  # "Example: a research agent": what follows defines nothing; "- good for: A": the label speaks
        # "- batching: static, dynamic": static batching, ...; "**Tools:** A and B": A and B are tools; "- tool: Zorp": Zorp is a tool
        if term is not None and (kinds := kinds_by_modifiers(term, paragraph.text) or members_named(term, paragraph.text, bool(paragraph.parents))) is not None:
            paragraph.text, term, paragraph.term = kinds, *((None, None) if a_field(term) else (term, paragraph.term))  # "- tool: Zorp": no entry "tool"
        entries_only = entries_only and term is not None and paragraph.item is None  # a glossary's run of entries so far
        maker = maker_beside(term, paragraph) if term is not None else None  # "**Evalkit** by Acme Research: ..."
        aside = aside_beside(term, paragraph) if term is not None and maker is None else None  # "**BM25** (Okapi BM25), a ..."
        shown = examples_beside(paragraph, term) if term is not None and maker is None and aside is None else []  # "**X** e.g. Y: ..."
        if term is not None:
            stack.append(open_entry(term, paragraph, extraction))
            if section is not None:
                vault.state_section_item(section, stack[-1].records[0], Source(notes.path, paragraph.line), extraction)
            stack[-1].plural = stack[-1].plural or outline.lists_its_members(paragraph, listed_under, stack[-1].records[0])
            if narrowed is not None and term == narrowed:
                outline.of_its_class(stack[-1].records[0], paragraph, extraction)
            if by_heading and (record := stack[-1].records[0].final()).defined_at == Source(notes.path, paragraph.line):
                record.defined_at = Source(notes.path, paragraph.headings[-1].line)  # the heading names it: the items below are within it
            for name in known_as or ():
                extraction.lexicon.add_label(stack[-1].records[0], name)
            if example_of is not None:
                extraction.state(stack[-1].records[0], "exampleOf", example_of.final(), Source(notes.path, paragraph.line).by("examples"))
            if maker is not None:
                state_maker(stack[-1].records[0], maker, paragraph, extraction)
            if aside is not None:
                state_aside(stack[-1].records[0], aside, paragraph, extraction)
            state_examples(stack[-1].records[0], shown, paragraph, extraction)
        _read_paragraph(paragraph, stack[-1] if stack else None, extraction)
        topic = extraction.file_topics.get(paragraph.file) or topic_key(paragraph.file, paragraph.headings)
        term_record = stack[-1].records[0] if term is not None and stack else None
        read_list_item(paragraph, term, term_record, topic, introducers, extraction, label, heads_items=paragraph.item in parents,
                       opens_section=paragraph.line in opening_lists or (paragraph.item is None and entries_only),
                       after_prose=paragraph.line in after_prose, note=note.records[0].final() if note else None)
        if paragraph.item is None or INTRODUCED not in introducers:  # not "**Adapter-based**: ..." / "- LoRA", the term's kind
            section_kinds.kind_in_a_section(paragraph, note.records[0] if note else None, term_record, topic, extraction)  # "## Types" / "- LoRA"
        at = INTRODUCED if paragraph.item is None else paragraph.item  # the list it may introduce: the one after, or its own
        if paragraph.item is None:
            introducers.pop(INTRODUCED, None)
        own_kind = paragraph.item in introducers and names_in(introducers[paragraph.item][0], paragraph.text)  # "- common sealing methods"
        if paragraph.item in parents and not own_kind and stack and stack[-1].depth < paragraph.depth and ":" not in paragraph.text.strip(" :") and not in_a_section_of_its_own(paragraph, stack[-1]) \
                and (typed := kind_word(written := (label or paragraph.text).strip(" :"))) and len(written.split()) <= 3:  # "- Key methods" over
            introducers[paragraph.item] = (stack[-1].records[0].final(), "isA" if has_kinds(stack[-1], typed) else "includes")  # items in an entry
        heads = label if paragraph.line in before_a_list or paragraph.item is not None else None  # "**Burrow metrics**" above a list
        if (at not in introducers or introducers[at][1] == HEAD) and (introducer := introducer_of(paragraph, heads, stack[-1] if stack else None, topic, extraction, note.records[0].final() if note else None)):
            introducers[at] = introducer
        if note is not None:
            note.mentioned = names_in(note.records[0].final(), paragraph.text)
            note.opening = paragraph.item if not note.started and note.mentioned and paragraph.item is not None and not paragraph.parents else note.opening
            note.started = note.started or bool(paragraph.text.strip())
        if counted is not None:
            counted()
    for diagram in notes.diagrams:
        topic = extraction.file_topics.get(notes.path) if sections else topic_key(notes.path, diagram.headings)
        kinds = kinds_named(diagram.headings[-1].title) if diagram.headings else None
        diagrams.read_diagram(diagram, notes.path, topic, extraction, kinds)
    for table in notes.tables:
        topic = extraction.file_topics.get(notes.path) if sections else topic_key(notes.path, table.headings)
        of_note = note.records[0].final() if note and (vault.lists_kinds_of_the_note(as_term(table.headings[-1].title), note.records[0].final().label) if table.headings
                                                      else vault.rows_of_its_kind(table.header, note.records[0].final().label)) else None  # "## Variants" in X
        tables.read_table(table, notes.path, topic, extraction, _prose_reader(notes.path, table.headings, extraction), of_note)
    if note and not note.records[0].definition and notes.paragraphs:  # no sentence said what it is: the first one
        first = notes.paragraphs[0]
        note.records[0].definition.extend(s for _o, s in sentences(first.text)[:1])


def _prose_reader(path: str, headings: tuple[Heading, ...], extraction: Extraction) -> tables.ReadProse:
    """Reads a cell of prose as sentences about the row's concept, as an entry's are of its term (a defining cell first)."""
    def read(text: str, links: tuple, row: Record, source: Source, defines: bool) -> None:
        cell = Paragraph(path, headings, 0, None, (), row.label if defines else None, False, text, (source.line,), links)
        _read_paragraph(cell, Entry([row], 0, False, row, note=True), extraction)
    return read


def _opens(sentence: str, subject: Phrase, leading: Record) -> bool:
    """Whether a sentence's subject stands where the entry it opens with does, among its first words."""
    first = words(subject.label)[:1]
    return bool(first) and first[0] in words(sentence)[: len(words(leading.label)) + 2]


def _read_paragraph(paragraph: Paragraph, entry: Entry | None, extraction: Extraction) -> None:
    lexicon = extraction.lexicon
    lexicon.with_and.update(fold(said) for said in paragraph.emphasized if " and " in said)  # "**cost and latency**": one item
    # in a note about one concept, headings are sections: its folder
    topic = at if (at := topic_key(paragraph.file, paragraph.headings)) in extraction.topics else extraction.file_topics.get(paragraph.file, at)
    link_only = paragraph.links and clean(paragraph.text).strip(" .,;") == paragraph.links[0].text
    paragraph.text, paragraph.links = without_sites(paragraph.text, paragraph.links)  # "Kim et al. (2021), [arXiv](...)": where to read it
    for link in paragraph.links:
        if not (phrase := noun_phrase(link.text)).label or not names_a_concept(link.text) or credits_a_figure(link.text) or (citation_alone(link.text) and not link_only) \
                or credits_a_passage(link.text, paragraph.text[:link.start], paragraph.text[link.end:]):  # "[here](...)", "... [Kim et al. 2021](...)"
            continue
        source = Source(paragraph.file, paragraph.line_at(link.start))
        record = extraction.concept(phrase, source, topic)
        record.see_also.add(link.url)
        if entry is not None and entry.plural:
            extraction.state(record, "isA", entry.records[0], source.by("link-under-kind"))
        elif entry is None and link_only and paragraph.headings and not paragraph.labelled:  # a label over its list says what it holds
            member_of_heading(record, paragraph.headings[-1], source, extraction)
    current: Record | None = entry.current if entry and (entry.pronouns or entry.mentioned) else None
    if entry is not None and not entry.note and paragraph.item is not None and entry.depth < paragraph.depth and len(entry.records) == 1:
        current = entry.records[0].final()  # an item under an entry speaks of it, whatever the item before spoke of
    if entry is not None and entry.note and paragraph.item is not None and not paragraph.parents and not paragraph.has_colon \
            and (clauses.PARTICIPLE.match(paragraph.text) or a_predicate(paragraph.text) or subjectless.of_its_thing(paragraph.text)):
        current = entry.records[0].final()  # "- Used for code generation", "- uses clay for walls", "- a kind of X" in a note: of its concept
    if entry is not None and entry.note and paragraph.item is not None and paragraph.parents == (entry.opening,):
        current = entry.records[0].final()  # "- Den mapping is ..." / "  - Suffers from echo": an outline's, whatever the item before spoke of
    if entry is not None and (_LABELLED_LINE.match(paragraph.text if paragraph.item is not None else paragraph.text[:1].upper() + paragraph.text[1:])  # "tools: A"
                              or paragraph.text.startswith("e.g. ") or (entry.note and paragraph.item is not None and not paragraph.parents
                                                                        and vault.outline_label(paragraph.text))) \
            and not (entry.note and len(paragraph.headings) > 1 and paragraph.item is None and said_of_the_heading(paragraph, True)):
        current = entry.records[0].final()  # "Examples: A, B", "Used by: X" in a note or an entry: said of it, whatever came before
    elif (entry is None or entry.note and len(paragraph.headings) > 1 and paragraph.item is None) and (named := said_of_the_heading(paragraph, bool(_LABELLED_LINE.match(paragraph.text) or _LABELLED_ITEM.match(paragraph.text)))) is not None:
        # "## Agents" / "Failure modes: A, B, C", "## Attention" / "- uses a query vector": of what the heading names
        current = extraction.concept(noun_phrase(named), Source(paragraph.file, paragraph.headings[-1].line), topic)
    # the entry a list labelled by a class word sits in: "  - metrics: A, B" under its item, "- **Roleplaying** - ... benchmarks: A, B"
    nested_in = entry.records[0].final() if entry is not None and not entry.note and len(entry.records) == 1 and (paragraph.item is not None and entry.depth < paragraph.depth or paragraph.term is not None) else None
    pending: Phrase | None = None  # a prose paragraph's first subject, no concept yet: what "it" or "they" next may be
    shown = vault.linked_words(paragraph)  # "[[X|shown]]", "the standard [[X]]": X
    # "**BM25**: popular ranking function", "- sett = badger den" (not "= RAG, agents"): a bare noun phrase alone is its kind
    definer = read_name_definition if paragraph.term and (paragraph.equated and "," not in paragraph.text or a_name(noun_phrase(paragraph.term))) else read_definition
    opening = True  # the sentence that says what the entry is: the first, or the one after a citation ("- **QDen:** Kim et al 2023. A ...")
    for offset, sentence in with_referents(sentences(paragraph.text)):  # "Each block" after "transformer blocks"
        spoken_of = current  # what the sentence before spoke of: "LLMs are the best-known kind" (of it)
        if entry is not None and (aliases := other_names(sentence)):  # "Also called LLM-as-a-judge.", "(aka A, B).": other names
            lexicon.add_labels(entry.records[0].final(), aliases)
            continue
        if entry is not None and (offset and (_LABELLED_LINE.match(sentence) or clauses.on_a_line_without_subject(paragraph.text, offset))
                                  or entry.note and paragraph.item is None and len(paragraph.headings) < 2 and subjectless.opens_on_a_participle(sentence)):
            current = entry.records[0].final()  # "... Main weaknesses: A and B.", a line "first made by X", "Used for X." in a note: the entry's
        opens_entry = opening and entry is not None and (paragraph.term is not None or defines_the_note(entry, paragraph, sentence))
        if opens_entry and paragraph.term is None:  # "A method for ..." first in a note on Self-Instruct: what it is
            current = entry.records[0].final()
            current.definition.append(sentence)
        said = past_expansion(sentence, paragraph.term) if opens_entry else sentence  # "FM = foundation model, big model ...": what it is
        kind_first = entry is not None and ";" in said and INDEFINITE.match(said) is not None and indefinite_fragment(said.split(";")[0], set())  # "A type of X; ..."
        reading = no_kind_of_the_first(paragraph.term if opens_entry else None, said, extraction.readings.read(definer if opens_entry or kind_first else read, said, lexicon.with_and))
        if entry is not None and offset and not reading.claims and (listed := names_listed(sentence)):
            named = "hasType" if all(map(a_name, listed)) else "hasKind"  # "... add modules. LoRA, BitFit, IA3": each one of it
            reading = Reading([Claim(CURRENT, named, name, 0) for name in listed])
        alone = bool(citation_alone(sentence))  # "Hu et al. 2021, Microsoft.": makers only, no names listed
        if entry is not None and (cited := credited(sentence)):  # "... Hinton et al. 2015", "Introduced by Kim et al. 2019": the entry's makers
            current = entry.records[0].final()
            reading = Reading([c for c in reading.claims if c.relation != "developedBy" and not alone] + [Claim(CURRENT, "developedBy", noun_phrase(n), 0) for n in cited])
        opening = opens_entry and (alone or only_its_expansion(sentence, paragraph.term))  # the definition is still to come
        line = paragraph.line_at(offset)
        source = Source(paragraph.file, line)
        # "Use code X to save 20%" past a note's first paragraph: advice to the reader, nothing said of the note's concept
        advice = entry is not None and entry.note and entry.started and paragraph.item is None and clauses.imperative(sentence)
        if reading.named is not None:
            named = extraction.concept(reading.named, source, topic)
            named.definition.append(sentence)
            named.defined_at = named.defined_at or source
            named.hint(classify.DEFINED_AS, reading.named_kind)
        for thing in reading.also_called:  # "Scent marking is also called musking": one concept, two names
            extraction.concept(thing, source, topic)
        leading = leading_record(sentence, entry, lexicon) if entry is not None else None
        if leading is not None and reading.subject is not None and reading.subject.is_name and not lexicon.matches(leading, reading.subject):
            leading = None  # "GPT-4 Turbo is ..." in a note on GPT-4: a longer name is another thing
        elif leading is not None and reading.subject is not None and not _opens(sentence, reading.subject, leading):
            leading = None  # "X is the compromise: query heads are split ...": a subject of its own, further on
        if leading is not None:
            current = leading
            if reading.subject is not None and lexicon.matches(leading, reading.subject):
                written_as(leading, (reading.subject.label, *reading.subject.aliases), lexicon)
        elif reading.subject is None and current is None and pending is not None and (said := _PRONOUN.match(sentence)) \
                and (said["pronoun"].lower() == "they") == any(singular_phrase(a) != a for a in pending.aliases) and any(c.subject == CURRENT for c in reading.claims):
            current = resolve(pending, entry, extraction, source, topic)  # "Finetuning adapts models. It is a form of ..."
        elif reading.subject is None and current is None and pending is not None and reading.claims \
                and all(c.subject == CURRENT and c.relation in ("hasExample", "suffersFrom") for c in reading.claims):
            current = resolve(pending, entry, extraction, source, topic)  # "The den gateway sits ... A and B are examples.", "The downside is X"
        elif reading.subject is not None:  # a concept is made for a subject only when a claim is of it
            needed = any(claim.subject == reading.subject or claim.subject == CURRENT for claim in reading.claims) \
                or paragraph.term is None and opens_on_a_bold_subject(sentence, reading.subject, paragraph.emphasized)  # "**Den airing** turns X. It"
            subject = resolve(reading.subject, entry, extraction, source, topic, create=needed, stand_in=not _ALL_OR_AN_EXAMPLE.match(sentence))
            pending = reading.subject if subject is None and entry is None and offset == 0 and paragraph.item is None \
                and clauses.has_finite_verb(sentence) else None  # the tagger found the verb: the subject ends before it
            if subject is not None:
                current = subject
                if entry is None and paragraph.headings and paragraph.item is not None:
                    subject.hint(classify.CATEGORY, classify.class_of_word(paragraph.headings[-1].title.split()[-1]))
        if entry is not None:
            for record in about(sentence, entry, current):
                record.definition.append(sentence)
        for claim in filter(None, map(as_example, as_uses(reading.claims))):
            if shown:
                claim = vault.as_linked(claim, shown)
            claim_source = Source(paragraph.file, paragraph.line_at(offset + claim.offset))
            if claim.relation == "hasExample" and isinstance(claim.subject, Phrase):  # "Examples of vector databases are ..."
                kind = extraction.concept(claim.subject, claim_source, topic)  # a kind in its own right, never the entry
                extraction.state(extraction.concept(claim.object, claim_source, topic), "exampleOf", kind, claim_source.by("examples"))
                continue
            if claim.subject is reading.subject and leading is not None:
                who = leading
            elif isinstance(claim.subject, Phrase):  # an example's name ("ReLU" of "functions (ReLU, etc.)") is itself
                # "A cross-encoder is used for ...": an indefinite subject is a new thing, not the entry by another name
                stand_in = claim.subject == reading.subject and not (offset and INDEFINITE.match(sentence)) \
                    and not _ALL_OR_AN_EXAMPLE.match(sentence) and not a_kind_with_members(claim.relation, claim.subject) \
                    and not (entry is not None and isinstance(claim.object, Phrase) and lexicon.matches(entry.records[0], claim.object)) \
                    and (entry is None or (_opens(sentence, claim.subject, entry.records[0].final())  # not after a colon
                                           and not (entry.depth and paragraph.depth > entry.depth)))  # "- burrows" / "  - tunnels use clay"
                # "Almost every foundation model uses ...": all of a kind
                who = resolve(claim.subject, entry, extraction, claim_source, topic, stand_in=stand_in)
            else:  # CURRENT: a pronoun, or no subject at all
                who = None if advice else current
                if who is None and entry is None and not advice and claim.relation == "hasExample":
                    who = thing_of_the_section(paragraph, extraction, topic)  # "### Gateway" / "- examples: Portkey, Kong"
                if claim.kind == "maker" and who is not None and not who.is_name \
                        and (" " not in who.label or not all(w[:1].isupper() for w in (paragraph.term or "").split() if w[:1].isalpha())):
                    if " " in who.label and classify.class_of_word(who.label.split()[-1].lower()) not in (None, "Person", "Organization", "Topic"):
                        # "- embedding benchmark: MTEB": one of them (not "Dataset: X", a field's value)
                        extraction.state(extraction.concept(claim.object, claim_source, topic), "isA", who, claim_source.by("phrase"))
                    who = None  # "- **Output**: JSON", "- sparse retrieval: BM25": a value or an example; "Text Generation Inference" is a name
                if claim.kind == "maker" and who is not None and spelled_out(who.label, claim.object.label):
                    extraction.lexicon.add_label(who, claim.object.label)  # "What does KV stand for?" / "Key-value.": no maker
                    continue
            if claim.object == CURRENT:
                if who is not None and spoken_of is not None and who is not spoken_of.final():
                    extraction.state(who, claim.relation, spoken_of, claim_source.by("phrase"))
                continue
            if (claim.relation == "hasTool" and (who is None or claim.kind != "tool")) or (claim.relation == MITIGATED_BY and who is None and claim.kind):
                tool = extraction.concept(noun_phrase(narrowed_kind(claim.kind or "tool", nested_in)), claim_source, topic)  # "tools: A" of nothing named
                outline.of_its_class(tool, paragraph, extraction)
                extraction.state(extraction.concept(claim.object, claim_source, topic), "isA", tool, claim_source.by("phrase"))
            if who is None:
                continue
            if is_shell_kind(claim):  # "X is a technique that ...": X is a Technique; "technique" is no concept
                who.hint(classify.DEFINED_AS, classify.class_as_kind_of(claim.object.label, who.is_name))
                if entry is not None and who.is_name and who is not entry.records[0].final() and names_an_instance(claim.object.label):
                    extraction.state(who, "exampleOf", entry.records[0].final(), claim_source.by("phrase"))  # "X is a popular solution"
                continue
            if claim.relation == "isA" and reading.of_plural and claim.subject == CURRENT and paragraph.term and singular_phrase(paragraph.term) == paragraph.term \
                    and (claim := held_by_a_name(claim, sentence, definer is read_name_definition, paragraph.term)) is None:
                continue  # "- **Sett** - tunnels under a hill": what one thing holds or is made of, of no kind in the plural
            if claim.relation == "isA" and claim.kind == claim.object.label:  # "  - metrics: A, B" under "- **Lexical similarity**"
                claim = replace(claim, object=noun_phrase(narrowed_kind(claim.kind, nested_in)))
            obj = extraction.concept(claim.object, claim_source, topic)
            if claim.relation == "isA" and claim.kind is not None and claim.object.label.endswith(f" {claim.kind}"):
                outline.of_its_class(obj, paragraph, extraction)
            if claim.kind:
                obj.hint(classify.CATEGORY, classify.class_of_word(claim.kind))
            if claim.relation == "hasType" and opens_with_a_doing(who.final().label) and not sorted_into_kinds(who.final().label, reading):
                extraction.state(who, "includes", obj, claim_source.by("phrase"))
            elif claim.relation in TURNED:  # "e.g. A", "Tools: A", "It is a known risk of X": said the other way round
                rule = {"hasExample": "examples", "hasTool": "tools-listed"}.get(claim.relation, "phrase")
                extraction.state(obj, TURNED[claim.relation], who, claim_source.by(rule))
            elif claim.relation == "hasKind":  # "Key methods include A": kinds of an entry named in the plural ("Optimizers")
                plural = has_kinds(entry, claim.kind) and who is entry.records[0].final() if entry is not None else claim.kind == "type"
                plural = plural or sorted_into_kinds(who.final().label, reading)  # "hashing: MinHash, Bloom filter": its kinds
                extraction.state(*((obj, "isA", who) if plural else (who, "includes", obj)), claim_source.by("phrase"))
            else:
                extraction.state(who, claim.relation, obj, claim_source.by("phrase"))
        link_makers(sentence, source, extraction, topic, defining=opens_entry)
        if current is not None and not advice:
            link_model_names(sentence, current, source, extraction, topic)
        if entry is not None and entry.note and current is None and names_in(entry.records[0].final(), sentence):
            current = entry.records[0].final()  # "This is what a GRU does! It is a kind of RNN": now "it" is the GRU
        current = named_at_the_end(sentence, paragraph.emphasized, extraction, source, topic) or current  # "... called a **den model**. Examples: A"
        # prose: of what the sentence just before spoke of only ("Online dens ... Zorpco's den gives you 50% off. Good fit for X": not the dens')
        current = None if entry is None and current is spoken_of and not any(c.subject == CURRENT for c in reading.claims) else current
        if entry is not None:
            entry.current = current
    if paragraph.item is None and paragraph.term is None:  # prose: "batching. Static batching ..., dynamic batching ..."
        link_paragraph_kinds(paragraph, extraction, topic)
    if entry is not None and (POINTER.match(paragraph.text) or (entry.note and paragraph.item is not None and paragraph.headings
                                                                and POINTER.fullmatch(f"{as_term(paragraph.headings[-1].title)}:"))):
        current = entry.records[0].final()  # "Related: [[Model Merging]]", "## See also" / "- [[X]]": of the entry, whatever was said before
    vault.relate_links(paragraph, entry, current, extraction, topic)
    fields.apply_fields(paragraph, current or (entry.records[0] if entry else None), extraction, topic)
