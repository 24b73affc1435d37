"""What a list item without a bold term names: "- [[Kestrel drift]] uses radar" (the note it links to), "- XLA
(Google) — a compiler" (XLA, made by Google), "1. SFD (supervised floor digging) on wet clay" (SFD); nothing
for an item that is a sentence or a doing ("- retrieves documents"). Knows English wording and list markup."""

from __future__ import annotations

import re

from kg.ingest import clauses
from kg.ingest.extraction import Extraction
from kg.ingest.lexicon import Record
from kg.ingest.lists import without_asides
from kg.ingest.markdown import Paragraph
from kg.ingest.marks import ARROW, ARROW_BETWEEN
from kg.ingest.modifiers import an_adjective, is_shell, uncounted, without_judgement
from kg.ingest.name_lists import an_adjective_alone, names_only
from kg.ingest.opening_links import opening_links
from kg.ingest.other_names import also_called
from kg.ingest.makers import CITED_FIRST
from kg.ingest.makers_inside import abbreviates
from kg.ingest.nouns import ROLES, Phrase, keep, noun_phrase, opens_with_a_doing
from kg.ingest.singular import singular_noun
from kg.ingest.outline import done_by, is_bare_name, name_tags, only_a_verb
from kg.ingest.written_parts import sum_of_parts
from kg.ingest.tagger import names_a_concept, readings, tagged
from kg.ingest.versus import VS_FIRST
from kg.labels import clean, looks_like_name
from kg.source import Source

_DESCRIBING_OR_JOINING = {"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "CC"}
_ASKS_AFTER_A_VERB = re.compile(r"[a-z]+\s+(?:which|what|where|whether|how|if|who|when)\s")  # "check which ...", "decide when ..."


def _a_plural_taken_for_a_verb(words: list[str], tags: list[str]) -> bool:
    """ "parallel digging cuts time": a plural between two singular nouns that the dictionary knows as a verb, the
    sentence's verb ("den digging tools" ends on its plural)."""
    return any(tags[at] == "NNS" and tags[at - 1] in ("NN", "VBG") and tags[at + 1] == "NN" and words[at].islower() and "VERB" in readings(words[at])
               for at in range(1, len(tags) - 1))


def item_concept(paragraph: Paragraph, source: Source, topic: str, extraction: Extraction) -> Record | None:
    """The concept an item without a bold term names (item_phrase)."""
    phrase = item_phrase(paragraph)
    return extraction.concept(phrase, source, topic) if phrase is not None else None


def section_members(paragraph: Paragraph, term_record: Record | None, relation: str, source: Source, topic: str,
                    extraction: Extraction) -> list[Record]:
    """What an item under a section's label names: its term, its bare name ("- slow decoding"), or, in a list of
    troubles or uses, each part of a sum ("## Cons" / "- cost + latency"); none for a sentence."""
    if relation == "hasExample":  # "## Examples" / "- MossHome, BurrowMax", "- **ClayPit** (Zorp)": names, each one; no sentence
        named = [term_record] if term_record is not None else [item_concept(paragraph, source, topic, extraction)] \
            if is_bare_name(paragraph.text) else [extraction.concept(p, source, topic) for p in names_only(paragraph.text) or ()]
        return [record for record in named if record is not None and record.is_name]
    if term_record is not None:
        return [term_record]
    if is_bare_name(paragraph.text):
        return [found] if (found := item_concept(paragraph, source, topic, extraction)) is not None else []
    parts = sum_of_parts(paragraph.text) if relation in ("suffersFrom", "usedFor") and not paragraph.has_colon else None
    return [extraction.concept(phrase, source, topic) for phrase in map(noun_phrase, parts or ()) if keep(phrase)]


def names_listed_first(paragraph: Paragraph) -> list[Phrase] | None:
    """ "  - ScentLog (Zorpco), MoleMap, TextDig", "  - [[den flooding]] & [[smoke out]] — hurt badgers": the things an item
    names one after another before a dash, each one of what its parent names; None for one thing or for words that describe."""
    if linked := links_listed_first(paragraph):
        return linked
    named_first = re.split(r"\s+[-–—]\s", paragraph.text, maxsplit=1)[0]  # "  - A, B — for X": the names, what the dash adds aside
    listed = names_only(named_first) if "," in named_first and not paragraph.links else None
    if listed and len(listed) > 1 and any(looks_like_name(p.label) for p in listed) and not any(an_adjective(p.label.split()[0]) for p in listed):
        return listed
    return None


def links_listed_first(paragraph: Paragraph) -> list[Phrase]:
    """ "- [[den flooding]] & [[smoke out]] — hurt badgers": two links or more, joined only by commas and "and", before a
    dash: each a thing of its own."""
    named_first = re.split(r"\s+[-–—]\s", paragraph.text, maxsplit=1)[0]
    links = opening_links(paragraph)
    return [noun_phrase(link.text) for link in links] if len(links) > 1 and not named_first[links[-1].end:].strip() else []



def item_phrase(paragraph: Paragraph) -> Phrase | None:
    """What an item without a bold term names: its one link, or its few words before a dash, an arrow or a
    colon; None for an item that is a sentence."""
    if also_called(paragraph.text) is not None or VS_FIRST.match(paragraph.text):
        return None  # "  - aka causal LM" under an item: another name of what the item names (kg.ingest.extract); "- vs X: ...": set beside it
    if len(paragraph.links) == 1 and clean(paragraph.text).strip(" .,;") == paragraph.links[0].text:
        return noun_phrase(paragraph.links[0].text)
    if (opening := next((link for link in paragraph.wikilinks if link.start == 0), None)) is not None:
        return noun_phrase(opening.text)  # "- [[Kestrel drift]] uses radar": what the item speaks of is the note it links to
    if len(links := (*paragraph.links, *paragraph.wikilinks)) == 1 and without_judgement(clean(paragraph.text).strip(" .,;")) == links[0].text:
        return noun_phrase(links[0].text)  # "- potential [[Den collapse]]": a word that hedges or judges it, no part of its name
    whole, written = item_words(paragraph)
    if paragraph.text.startswith(f"{whole}:") and (CITED_FIRST.fullmatch(whole) or written.endswith(" et al.")
                                                    or singular_noun(written.split()[-1].lower()) in ROLES):
        return None  # "- Kim et al. (2023): badgers agreed ...", "- DenEval authors: ...": who found what follows, no thing
    if ARROW_BETWEEN.match(paragraph.text, len(written)) and an_adjective_alone(written):
        return None  # "- comparative → absolute: knowing B beats A says little": from one way to another, no thing named
    if uncounted(written) != written and paragraph.text.startswith(f"{written}:"):
        return None  # "- Four closely related metrics: A, B, C": a count over its list, no one thing
    if len(written.split()) > 5 or not names_a_concept(written) or is_shell(re.sub(r"[\d().]+", " ", written)) or re.search(r"\d\s*%", written) \
            or re.match(r"(?:an?\s+)?alternatives?\s+to\s", written, re.IGNORECASE):
        return None  # "Stage 1)": a place in a list; "English ~46% of X": a share, said of it; "alternative to X": set beside it
    tags = name_tags(written)  # "- supervised finetuning (SFT) → ...": a past form before its noun, no verb
    if tags[0] in ("VBD", "VBN", "VBZ", "MD") or (tags[0] in ("VB", "VBP") and not clauses.noun_before_noun(written)) \
            or (len(tags) > 1 and tags[0] == "NNS" and only_a_verb(written.split()[0])) or done_by(written):  # "retrieves documents"
        return None  # "Used for predicting outputs (e.g., prices)", "Split documents": what is done, no name
    if len(tags) > 2 and clauses.has_finite_verb(written) or _a_plural_taken_for_a_verb(written.split(), tags):
        return None  # "digging beetles eat roots", "parallel digging cuts time": a sentence
    if _ASKS_AFTER_A_VERB.match(paragraph.text) and "VERB" in readings(paragraph.text.split()[0]):
        return None  # "- check which tunnels your den supports": an instruction, no name
    if "CC" in tags and set(tags) <= _DESCRIBING_OR_JOINING and all(word.isalpha() and word.islower() for word in written.replace(",", " ").split()):
        return None  # "- fast but small": what a thing is like; not "self-attention and cross-attention"
    aside, bare = noun_phrase(whole), noun_phrase(written)  # "XLA (Google)": its maker; "Digz (a den finder)": its kind
    named = aside if aside.label == bare.label and (aside.owner or aside.kind) and not bare.owner else bare
    tags = {tag for _w, tag in tagged(named.label)}  # "- parallel", "- intra-document": a kind by its adjective, still
    graded = named.label.islower() and tags <= _DESCRIBING_OR_JOINING and bool(tags & {"JJR", "JJS", "RB", "RBR", "RBS"})
    return None if graded else named  # "- less common in practice: ...": how much so, no name


def item_words(paragraph: Paragraph) -> tuple[str, str]:
    """The words an item without a bold term names a thing with, before a dash, an arrow, a colon or a relative
    clause: with their asides ("XLA (Google)") and without ("XLA")."""
    # "- Nest(s) where it sleeps": the noun a relative clause narrows, in the number it may take
    whole = re.split(rf"\s+(?:[-:–—]|{ARROW})\s+|:\s|,\s+(?:which|who|that|where|like|such as|e\.g\.,?|for example,?|including|incl\.?|esp\.?|especially)\s"
                     r"|\s(?:where|which|who|e\.g\.,?)\s", paragraph.text.replace("(s) ", " "), maxsplit=1)[0].strip(" .")
    if (spelled := _SPELLED_OUT_THEN.match(whole)) is not None and abbreviates(spelled["short"], spelled["long"]):
        whole = spelled["named"]  # "SFD (supervised floor digging) on wet clay": SFD, how it is done said after
    whole = _NAMED_FROM_MAKER.sub(r"\g<named>", whole)  # "MossBench (Mostly Basic Moss Problems) from Zorpco": its maker said after
    return whole, without_asides(whole).strip(" .")


# a name, its aside, then who made it: "DenBench from Zorpco", "MossEval (Moss Evaluation) by Kim Lee"
_NAMED_FROM_MAKER = re.compile(r"^(?P<named>[A-Z][\w.@+-]*(?:\s+\([^()]{2,60}\))?)\s+(?:from|by)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}$")
# a short form, the words it stands for, then a preposition that says how or where: "SFT (supervised finetuning) on X"
_SPELLED_OUT_THEN = re.compile(r"^(?P<named>(?P<short>[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\s+\((?P<long>[^()]{3,60})\))"
                               r"\s+(?:on|with|w/|for|in|to|from|by|via|using|over|under)\s")


# "LSH (locality-sensitive hashing), hashing vectors into buckets", "IVF, uses k-means": a name, a comma, then what it does
_NAMED_THEN_SAID = re.compile(r"(?P<name>[^,()]{1,40}(?:\([^()]*\))?)\s*,\s+(?P<said>[a-z][\w-]*\s+\S.*)")
_A_PREPOSITION = re.compile(r"\s(?:for|to|with|on|in|from|into|by)\s")


def named_in_a_list_item(text: str) -> list[Phrase] | None:
    """What an item of a list of things of one kind names: the names it lists, two or more ("- quantization, distillation",
    not "compresses moss": a verb and its object); or one name before a comma and what it does ("- LSH (locality-sensitive
    hashing), hashing vectors into buckets", "- IVF, uses k-means"); None otherwise."""
    found = _NAMED_THEN_SAID.match(text)
    bare = without_asides(found["name"]).strip() if found is not None else ""
    if found is not None and _does(found["said"]) and is_bare_name(bare) and not _A_PREPOSITION.search(bare):  # not "Format data for X, ..."
        return [named] if keep(named := noun_phrase(found["name"].strip())) else None
    named = [phrase for phrase in names_only(text) or () if not _does(phrase.label)]
    return named if len(named) > 1 else None


def _does(words: str) -> bool:
    """ "uses k-means", "hashing vectors into buckets", "compresses moss": a verb first, however the tagger reads a plural
    that may be one before a singular noun (a plural rarely narrows one)."""
    (first, tag), *rest = tagged(words)
    verb = "VERB" in readings(first.lower())
    return bool(rest) and (tag == "VBZ" and verb or only_a_verb(first) and tag.startswith(("VB", "NN")) or opens_with_a_doing(words)
                           or tag == "NNS" and verb and rest[0][1] in ("NN", "DT", "PRP$"))  # "- digging, sealing": doings named
