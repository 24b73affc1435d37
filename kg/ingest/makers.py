"""Who made the thing an entry names, said beside its name in a list of resources: "[Evalkit](url)
by Acme Research: ...", "**Evalkit** by Acme Research - ...", "[freeCodeCamp - Learn Python](url):
..." (the site or author, a dash, the title); and who wrote the book a notes file is titled after
("AI Engineering by Chip Huyen"). Knows Markdown's list forms and English wording."""

from __future__ import annotations

import re

from kg.ingest.extraction import Extraction
from kg.ingest.lexicon import Record
from kg.ingest import classify, tagger
from kg.ingest.markdown import MADE_BY, Heading, Paragraph
from kg.ingest.hearst import CITATION
from kg.ingest.citations import cited_makers, written_makers
from kg.ingest.makers_inside import abbreviates, another_name, dated_makers
from kg.ingest.nouns import ONE_NAME, OWNER_NAME, Phrase, keep, noun_phrase
from kg.ingest.other_names import other_names
from kg.labels import capitalised_as_a_title
from kg.source import Source

_TITLE_BY = re.compile(r"^(?P<title>.+?)\s+by\s+(?P<author>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)+)$")
# "AI Engineering (Huyen, 2025): cheat sheet": a work cited as its author and year, then what the notes
# on it are (a topic cited so, "Inference optimization (Huyen, 2025)", is no title of the work)
_TITLE_CITED = re.compile(r"^(?P<title>[^():]+?)\s+\((?P<author>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?:\s+et\s+al\.)?),?\s+(?:1[89]|20)\d\d\)"
                          r"\s*[:—–-]\s+[^:]*\b(?:notes?|journal|summary|review|cheat\s*sheet|guide|log|cards?|tables?|outline)\b", re.IGNORECASE)
# "AI Engineering by Chip Huyen — Chapters 5 to 9": what part of the work the notes are on, after it
_PARTS_AFTER = re.compile(r"\s+[—–-]\s+(?:(?:my|reading|study)\s+)?(?:chapters?|ch\.?|parts?|notes?|summary|study\s+guide|week|lectures?)\b[^—–]*$",
                          re.IGNORECASE)  # "— reading notes" too
# "Reading AI Engineering by Chip Huyen, chapter 6.", "Book: AI Engineering (Chip Huyen), ch. 5", "- notes on AI Engineering
# (Chip Huyen, O'Reilly 2025)": the work, in a first paragraph (an item too, as an outline's every line is)
_READING = re.compile(r"^(?:(?:i'?m\s+|currently\s+)?reading|book\s*[:=]|notes?\s+on)\s+(?P<work>[^,.;\n]{3,120})", re.IGNORECASE)  # "book = X, A"
_BOOK_LABEL = re.compile(r"^(?P<title>[^()]+?)\s+\((?P<author>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)+)\)$")
# a first paragraph that cites the work as a bibliography would, then goes on: "Notes on Chip Huyen, AI Engineering
# (O'Reilly, 2025).", "AI Engineering (Chip Huyen), ch. 3.", "AI Engineering (Chip Huyen, O'Reilly 2025). Chapter 5
# notes", "AI Engineering, Chip Huyen. Chapter 7.", "AI Engineering, Chip Huyen (O'Reilly 2025)." (the first form first)
_AUTHOR = r"(?P<author>[A-Z][a-z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,2})"
_CITED_OPENING = (re.compile(rf"^notes\s+on\s+{_AUTHOR},\s+(?P<title>[A-Z][^():,.;]{{2,80}}?)\s*(?:\(|[,.;]|$)", re.IGNORECASE),
                  re.compile(rf"^(?P<title>[A-Z][^():,.;]{{2,80}}?)\s+\({_AUTHOR}(?:,[^()]{{0,40}})?\)\s*(?:[,.;:]|$)"),
                  re.compile(rf"^(?P<title>[A-Z][^():,.;=]{{2,80}}?),\s+{_AUTHOR}(?:\.\s+(?:chapter|ch\.?)\s*\d|\s+\([^()]*\d{{4}}\)|,\s+[^(),]*\d{{4}}\b)", re.IGNORECASE))
# "Ch 4 – Den tools (Deep Burrows, Ada Moreno)": a title that ends on the work it is from and its author, in parentheses
_WORK_AT_THE_END = re.compile(rf"\((?P<title>[A-Z][^(),:]{{2,80}}?),\s+{_AUTHOR}\)$")
# "Deep Burrows (Moreno) — Ch. 1: ...": the work and its author's surname, when what follows says which part of it the notes are on
_BOOK_SURNAME = re.compile(r"^(?P<title>[^()]+?)\s+\((?P<author>[A-Z][a-z][\w'-]+)\)$")
_FIRST_PERSON = re.compile(r"\b(?:I|my|we|our|me)\b")
# what a title says of the notes before the work they are on: "Reading journal: ", "Notes on ", "My summary of "
_NOTES_ON = re.compile(r"^(?:[^:]*\b(?:notes?|journal|summary|review|cheat\s*sheet|guide|log|study\s+cards?)\b[^:]*:\s+"
                       r"|(?:my\s+)?(?:reading\s+|study\s+)?(?:notes?|summary|review)\s+(?:on|of|about|from)\s+)", re.IGNORECASE)
_AUTHOR_TITLE = re.compile(r"^(?P<maker>[\w.]{2,30}(?: [A-Z][\w.]{0,30}){0,2}) [-–—] (?P<title>\S.{0,200})$")


# an item's name, then who made it, then what it is: "- [[AlphaFold]] by DeepMind - trained on ...", "- RootNet by Zorpco: ..."
_NAME_BY_MAKER = re.compile(r"^(?:e\.g\.,?\s+)?(?P<name>[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,2})\s(?P<by>by\s+(?P<maker>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}))"
                            r"(?=\s+[-–—]\s+\S|:\s+\S|\s*$)")  # "- [[Jamba]] by AI21 Labs" alone, "- e.g. [[Mixtral]] by Mistral: ..." too


def maker_as_aside(paragraph: Paragraph) -> None:
    """An item that opens on a name (or a link, after "e.g." too) and who made it, before a dash, a colon or the item's
    end, written as the name and its maker in parentheses ("[[AlphaFold]] (DeepMind) - ..."), which is read as such; the
    text keeps its length, so links keep their places."""
    found = _NAME_BY_MAKER.match(paragraph.text) if paragraph.item is not None and paragraph.term is None else None
    if found is not None and (ONE_NAME.fullmatch(found["name"]) or not tagger.readings(found["name"].lower())
                              or any(link.start == 0 for link in paragraph.wikilinks)):  # not "Digging by Hand - ..."
        paragraph.text = f"{paragraph.text[: found.start('by')]}({found['maker']}) {paragraph.text[found.end('by'):]}"


def maker_beside(term: str, paragraph: Paragraph) -> tuple[str, str] | None:
    """(who made an entry's thing, the rule that read it), where its name says; a "by ..." after the
    name leaves the paragraph's text, which goes on with the definition."""
    made_by = MADE_BY.match(paragraph.text) or (_MAKER_DATED.match(paragraph.text) if paragraph.has_colon else None)
    if made_by is not None:
        paragraph.text, paragraph.has_colon = paragraph.text[made_by.end():], True
        return made_by["maker"], "term-by"
    if paragraph.has_colon and (cited := _MAKER_CITED.match(paragraph.text)) and (authors := cited_makers(cited["inner"])) \
            and an_organisation(cited["maker"]):  # not "Transformer (Kim et al.)"
        paragraph.text = paragraph.text[cited.end():]
        return "; ".join(filter(None, (cited["maker"], *authors))), "term-by"  # "**DenEval:** Zorpco (Kim et al., 2023). A ..."
    if paragraph.has_colon and (whose := _WHOSE_ALONE.match(paragraph.text)) is not None:
        paragraph.text = paragraph.text[whose.end():]  # "**Promptbreeder:** Google DeepMind's, evolves prompts": theirs
        return whose["maker"], "possessive"
    linked = any(link.text == term and link.start == link.end == 0 for link in paragraph.links)
    by_title = _AUTHOR_TITLE.match(term) if linked else None
    if by_title is None or len(by_title["title"].split()) < 2 or abbreviates(by_title["maker"], by_title["title"]):
        return None  # "LoRA - Low-Rank Adaptation": a name and what it stands for
    return by_title["maker"], "link-author"


# "**ClayNet:** Zorpco, 2022. A den model": an organisation and a year open the definition (an author cited so, "Kim et al., 2021", is
# kg.ingest.citations')
_MAKER_DATED = re.compile(r"^\s*(?P<maker>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}),?\s+\(?(?:19|20)\d\d\)?(?:\.\s+|\.?$)")
# "**DenEval:** Zorpco (Kim et al., 2023). A den benchmark": an organisation and the authors it cites
_MAKER_CITED = re.compile(r"^\s*(?P<maker>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})\s+\((?P<inner>[^()]{3,80})\)(?:\.\s+|\.?$)")
# a maker's possessive with the thing it owns left out, as the entry names it: "Google DeepMind's, evolves ..."
_WHOSE_ALONE = re.compile(rf"^(?P<maker>{OWNER_NAME})['’]s?(?:[,;.]\s+|[.]?$)")
_DEFINED_AFTER = re.compile(r"\s*(?::|\s[-–—=]|,(?=\s+(?:an?|the)\s))\s*", re.IGNORECASE)  # "(Kim, 2021) = ..." too
_ASIDE = re.compile(r"^\((?P<inner>[^()]{1,80})\)(?P<rest>.*)$", re.DOTALL)


def aside_beside(term: str, paragraph: Paragraph) -> tuple[Phrase, str] | None:
    """ "**BM25** (Okapi BM25), a ranking function ...", "**ReAct** (Yao et al., 2022) interleaves ...":
    a parenthesis right after a term; what follows is its definition after ", a ..." or a colon, else
    a sentence about it. Returns the name read with its parenthesis, and the parenthesis."""
    found = _ASIDE.match(paragraph.text.lstrip())
    if found is None or (paragraph.has_colon and not CITATION.search(found["inner"])):
        return None  # after a colon, only a citation opens the definition: "**Chameleon:** (Lu et al. 2023) GPT-4-powered agent ..."
    rest = found["rest"]
    if paragraph.has_colon:
        paragraph.text = rest.lstrip(" ,;:")
        return noun_phrase(f"{term} ({found['inner']})"), found["inner"]
    if (defined := _DEFINED_AFTER.match(rest)) is not None:  # ", a ranking function that ...", ": a model ...": what it is
        paragraph.text, paragraph.has_colon = rest[defined.end():], True
    else:
        paragraph.text = rest.lstrip(" ,") if rest.strip(" .,;") else ""  # ", which builds ...", " interleaves ...": of the term
    return noun_phrase(f"{term} ({found['inner']})"), found["inner"]


def state_aside(record: Record, aside: tuple[Phrase, str], paragraph: Paragraph, extraction: Extraction) -> None:
    """What the parenthesis after a term surely said: an abbreviation or what one stands for ("LSH
    (locality-sensitive hashing)"), who made it when it says so ("(from Spotify)", "(Yao et al.,
    2022)", or an organisation after a one-word name: "FAISS (Meta)"). Not any words: "**Making
    predictions** (forward pass)" names a step and its part, "**Region B** (Swiss Alps)" a place."""
    phrase, inner = aside
    for alias in phrase.aliases:
        if abbreviates(alias, phrase.label) or abbreviates(phrase.label, alias) or another_name(phrase.label, alias):  # "Okapi BM25"
            extraction.lexicon.add_label(record, alias)
    extraction.lexicon.add_labels(record, other_names(f"({inner})"))  # "**Claw digging** (aka paw digging, hand digging)"
    said = re.match(r"(?:\w+\s+)?(?:from|by)\s", inner) is not None or dated_makers(inner)
    # "(from Spotify)", "(designed by Google Brain ...)", "(DeepMind 2022)": who made it, and when
    if phrase.owner and (said or made_by_in_parentheses(phrase)):
        state_maker(record, (phrase.owner, "organisation-in-parentheses" if phrase.owned == "cited" else phrase.owned), paragraph, extraction)
    elif not phrase.owner and (cited := cited_makers(inner)) is not None:  # "**Model soups** (Wortsman et al., 2022)": any term's
        state_maker(record, ("; ".join(filter(None, cited)), "organisation-in-parentheses"), paragraph, extraction)


# "FAISS", "GPT-4", "Med-PaLM 2", "LoRA Land", "Nemotron-4 340B": one word a name by its capitals, and a version's number
# after it; or a capitalised word and its version or size, "Dento 8x7B", "Sett 2"
_NAME_BY_CAPITALS = re.compile(rf"(?:{ONE_NAME.pattern}(?:\s+(?:\d[\w.-]*|[A-Z][\w.-]*)){{0,2}}|[A-Z][a-z]+(?:\s+\d[\w.-]*){{1,2}})")


def made_by_in_parentheses(phrase: Phrase) -> bool:
    """Whether the parenthesis after a name says who made it: cited authors ("(Yao et al., 2022)"), or an
    organisation after a name by its capitals ("FAISS (Meta)", "Med-PaLM 2 (Google)"); "**Region B**
    (Swiss Alps)" names a place."""
    return bool(phrase.owner) and (phrase.owned in ("citation", "cited") or _NAME_BY_CAPITALS.fullmatch(phrase.label) is not None
                                   or (re.fullmatch(r"[A-Z][\w.-]*", phrase.label) is not None and _no_word_of_the_dictionary(phrase.owner)))


def an_organisation(name: str) -> bool:
    """ "Yale", "Google", "Zorpco": capitalised words the dictionary holds as no noun or adjective, as an organisation's
    name before a citation or in a parenthesis after a kind often is ("Apple", "Transformer" it holds as nouns)."""
    return all(re.fullmatch(r"[A-Z][\w&-]*", word) and not {"NOUN", "ADJ"} & set(tagger.readings(word.lower())) for word in name.split())


def _no_word_of_the_dictionary(name: str) -> bool:
    """ "Spotify", "Stanford", "Acme Labs": a name of letters whose words the dictionary does not hold
    ("Research", "Apple" it holds), as a maker's often is; "Min-Max", "Z-Score" name methods."""
    return all(re.fullmatch(r"[A-Z][A-Za-z0-9]+", word) and not tagger.readings(word.lower()) for word in name.split())  # "AI21 Labs"


def state_maker(record: Record, maker: tuple[str, str], paragraph: Paragraph, extraction: Extraction) -> None:
    """`record developedBy` the maker, when the maker is a name."""
    for name, authors in written_makers(maker[0]):  # "Ma et al.; Microsoft": each
        phrase = noun_phrase(name)
        if keep(phrase) and phrase.is_name:
            source = Source(paragraph.file, paragraph.line)
            extraction.state(record, "developedBy", extraction.concept(phrase, source, None), source.by("citation" if authors else maker[1]))



def state_title_maker(path: str, title: Heading | None, extraction: Extraction, opening: Paragraph | None = None) -> None:
    """A notes file titled "AI Engineering by Chip Huyen" (or "... — Chapters 5 to 9"), "Reading
    journal: AI Engineering by Chip Huyen" or "AI Engineering (Huyen, 2025): cheat sheet" holds notes on
    a book its author wrote; so does one whose first paragraph says "Reading AI Engineering by Chip
    Huyen, chapter 6." or "Book: AI Engineering (Chip Huyen)", or opens on the work cited as a bibliography
    would ("AI Engineering (Chip Huyen, O'Reilly 2025). Chapter 5 notes", "AI Engineering, Chip Huyen. Ch 7.", "book = AI
    Engineering, Chip Huyen, O'Reilly 2025"); or one titled on a chapter of the work, "Ch 9 – Inference (AI Engineering, Chip Huyen)"."""
    whole = _NOTES_ON.sub("", title.title) if title is not None else ""
    written = _PARTS_AFTER.sub("", whole)  # "AI Engineering (Chip Huyen) - reading notes": the work (a citation keeps its notes)
    match, line = _TITLE_BY.match(written) or _TITLE_CITED.match(whole) or _TITLE_CITED.match(written), title.line if title is not None else 1
    if match is None and (labelled := _BOOK_LABEL.match(written)) is not None and not all(tagger.readings(w.lower()) for w in labelled["author"].split()):
        match = labelled  # "# AI Engineering (Chip Huyen) - notes pt. 2": the work and its author, a person's name
    if match is None and written != whole and (named := _BOOK_SURNAME.match(written)) is not None and not tagger.readings(named["author"].lower()):
        match = named  # "# AI Engineering (Huyen) — Ch. 1: ...": the work and its author's surname, which part after
    if match is None and (ending := _WORK_AT_THE_END.search(whole)) is not None and capitalised_as_a_title(ending["title"]) \
            and not all(tagger.readings(word.lower()) for word in ending["author"].split()):
        match = ending  # "# Ch 9 – Inference Optimization (AI Engineering, Chip Huyen)": the work the chapter is of
    if match is None and opening is not None and (italic := _work_in_italics(opening)) is not None:
        match, line = italic, opening.line  # "picked up *AI Engineering* by Chip Huyen": the work set in italics, credited
    if match is None and opening is not None:
        said = _READING.match(opening.text)
        if said is not None:
            match, line = _TITLE_BY.match(said["work"]) or _BOOK_LABEL.match(said["work"]), opening.line
        if match is None and (opening.item is None or said is not None):  # "book: AI Engineering, Chip Huyen (O'Reilly 2025)", "AI Engineering (Chip Huyen)"
            cited = [opening.text, opening.text[said.start("work"):]] if said is not None else [opening.text]  # "Notes on X, Title" whole too
            match, line = next((m for text in cited for form in _CITED_OPENING if (m := form.match(text)) is not None), None), opening.line
            if match is not None and all(tagger.readings(word.lower()) for word in match["author"].split()):
                match = None  # "Transformers, Self Attention. Chapter 3": English words, no person's name
    if match is not None and opening is not None and (italic := _work_in_italics(opening, in_parentheses=True)) is not None \
            and italic["title"] in match["title"] and italic["title"] != match["title"]:
        match = italic  # "Notes on chapter 4 of *AI Engineering* (Chip Huyen, 2025)": the work is what is in italics
    elif match is None and opening is not None and _NOTES_ON.match(opening.text) and (italic := _work_in_italics(opening, in_parentheses=True)):
        match, line = italic, opening.line  # "Notes on ch. 2 of *AI Engineering* (Chip Huyen, O'Reilly 2025), ...": the same, with nothing else read
    if match is None or _FIRST_PERSON.search(match["title"]):
        return  # "What I Took Away from AI Engineering (Chip Huyen, 2025)": a sentence of the writer's, no title of the work
    source = Source(path, line)
    book = extraction.lexicon.concept(noun_phrase(match["title"]), source)
    book.hint(classify.EXPLICIT, "Book")
    extraction.state(book, "createdBy", extraction.lexicon.concept(noun_phrase(match["author"]), source), source.by("title-by"))


def _work_in_italics(opening: Paragraph, in_parentheses: bool = False) -> dict[str, str] | None:
    """The title and author of a work a first paragraph sets in italics and credits: "I finally picked up *AI
    Engineering* by Chip Huyen (O'Reilly, 2025)", "my series on Chip Huyen's *AI Engineering*", "Notes on chapter 4
    of *AI Engineering* (Chip Huyen, O'Reilly 2025)" (`in_parentheses`); a title of two words or more in
    capitals, as a book's is ("*Self-Instruct* by ..." may name a method)."""
    for title in opening.emphasized:
        if len(title.split()) < 2 or not capitalised_as_a_title(title):
            continue
        escaped = re.escape(title)
        credit = r"\s*\(" if in_parentheses else r",?\s+by\s+"  # "*X* (Author, 2025)" only beside a citation already read
        found = re.search(rf"{escaped}{credit}{_AUTHOR}", opening.text) or re.search(rf"{_AUTHOR}['’]s\s+{escaped}", opening.text)
        if found is not None and not all(tagger.readings(word.lower()) for word in found["author"].split()):
            return {"title": title, "author": found["author"]}
    return None



# a line that opens on a citation: "Hu et al., 2021 (Microsoft). don't update W ...", "Dettmers et al. 2023 = LoRA + ...", "Kim et al. 2021 — ..."
CITED_FIRST = re.compile(r"^(?P<authors>[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?\s+et\s+al\.?|[A-Z][\w'-]+\s+(?:and|&)\s+[A-Z][\w'-]+),?"
                         r"\s+\(?(?:19|20)\d\d\)?(?:\s*\((?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\))?(?=\s*[.,;:=]|\s+[-—–]\s|$)")


def state_cited(thing: Record, paragraph: Paragraph, extraction: Extraction) -> None:
    """ "- Hu et al., 2021 (Microsoft). don't update W ...": a line that opens on a citation, first in what speaks of
    one thing, says who made it (the authors, and an organisation after them)."""
    if (found := CITED_FIRST.match(paragraph.text)) is not None:
        for maker in filter(None, (found["authors"], found["org"])):
            state_maker(thing, (maker, "citation" if maker == found["authors"] else "organisation-in-parentheses"), paragraph, extraction)
