"""Who made a thing, said after its kind: "Designing Data Pipelines is a book by Ada Moreno" (createdBy:
a written work's author), "DQN was an algorithm by DeepMind" (developedBy), and a work named in quotes after its kind: "the
2017 paper "Attention Is All You Need" by Vaswani et al." (a paper, createdBy Vaswani et al.), and an
owner's kind: "Gemma is Google's open model" (developedBy Google). Only a name after "by", and only
after a noun: "a technique used by Google" says who uses it. Knows English wording only."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest import tagger
from kg.ingest.citations import TWO_AUTHORS, written_makers
from kg.ingest.claims import Claim
from kg.ingest.singular import singular_noun
from kg.ingest.lists import without_asides
from kg.ingest.modifiers import compared_kind
from kg.ingest.nouns import PRONOUNS, ROLES, Phrase, keep, noun_phrase
from kg.ingest.subjects import CURRENT
from kg.labels import capitalised_as_a_title, looks_like_name, title_cased

_KIND_BY = re.compile(
    r"^(?P<subject>[^,;()]{1,80}?) (?:is|was|are|were) (?:a|an|the|one of the) (?P<kind>[\w -]{1,60}?) "
    r"by (?P<maker>[A-Z][\w.&'-]*(?: (?:[A-Z][\w.&'-]*|et al\.?)){0,3})")
# a written or recorded work has an author (a person: createdBy); anything else a maker (developedBy)
WORKS = frozenset({"book", "paper", "article", "post", "blog", "essay", "tutorial", "course", "video", "talk",
                   "lecture", "survey", "textbook", "guide", "newsletter", "podcast", "series"})


def made_by(clause: str) -> tuple[Phrase | str, str, Phrase] | None:
    """(the thing, createdBy or developedBy, its maker), or None."""
    found = _KIND_BY.match(" ".join(without_asides(clause).split()))  # "Deep Q Network (DQN) was ..."
    if found is None:
        return None
    kind_words = [(w, tagger.corrected(w, t)) for w, t in tagger.tagged(found["kind"])]
    if not kind_words or kind_words[-1][1] not in ("NN", "NNS"):
        return None  # "a technique used by Google": who uses it
    maker = noun_phrase(found["maker"])
    written = found["subject"].strip()
    thing: Phrase | str = CURRENT if written.lower() in PRONOUNS else noun_phrase(written)
    if not (keep(maker) and maker.is_name) or (isinstance(thing, Phrase) and not keep(thing)):
        return None
    head = singular_noun(kind_words[-1][0].lower())
    return thing, "createdBy" if head in WORKS else "developedBy", maker


# "Wombat is Google's open model", "C4 is Google's cleaned subset of Common Crawl": the owner made it
_OWNERS_KIND = re.compile(
    r"^(?P<subject>[^,;()]{1,80}?) (?:is|was) (?P<maker>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})['’]s? (?P<kind>[\w -]{1,60}?)(?:[,;.(]|$)")


def owners_kind(clause: str) -> list[tuple[Phrase | str, str, Phrase]]:
    """(the thing, developedBy, its owner) and (the thing, isA, the kind) for "X is Google's open
    model"; a kind named by what it is part of ("Google's cleaned subset of Common Crawl") is none."""
    found = _OWNERS_KIND.match(" ".join(without_asides(clause).split()))
    if found is None or found["maker"].lower() in ("today", "yesterday", "this", "last", "next", "it", "that"):
        return []
    written = found["subject"].strip()
    thing: Phrase | str = CURRENT if written.lower() in PRONOUNS else noun_phrase(written)
    maker, kind = noun_phrase(found["maker"]), noun_phrase(_unweighed(found["kind"]))
    if not (keep(maker) and maker.is_name) or (isinstance(thing, Phrase) and not (keep(thing) and thing.is_name)):
        return []
    return [(thing, "developedBy", maker)] + ([(thing, "isA", kind)] if " of " not in found["kind"] and keep(kind) else [])


def _unweighed(kind: str) -> str:
    """ "smaller den board", "largest den model": the kind, without the word that weighs it against others ("a smaller den
    board" names a den board); "smaller board" (the word and one noun) is left to say how it stands."""
    weigh, _space, rest = kind.partition(" ")
    weighs = len(rest.split()) > 1 and (compared_kind(kind) or (weigh.endswith("est") and tagger.tagged(weigh)[0][1] == "JJS"))
    return rest if weighs else kind


_AUTHORS = r"[A-Z][\w.&'-]*(?: (?:[A-Z][\w.&'-]*|et al\.?|and [A-Z][\w.&'-]*)){0,3}"
# "the paper "Kestrel Is All You Need" by Moreno et al.", "the GPT-3 paper "Few-Shot Diggers" (Brown et al., 2020)"
_QUOTED_WORK = re.compile(
    rf"\b(?P<kind>{'|'.join(sorted(WORKS))})\s+[\"“](?P<title>[^\"”]{{2,120}})[\"”],?\s+"
    rf"(?:by\s+(?P<maker>{_AUTHORS})|\((?P<cited>{_AUTHORS}),?\s+(?:1[89]|20)\d\d\))")


# a title in quotes cited with its authors and year in one parenthesis: '("Lost in the Den", Kim et al., 2023)'
_TITLE_CITED = re.compile(rf"\(\s*[\"“](?P<title>[^\"”]{{2,120}})[\"”],\s+(?P<cited>{_AUTHORS}),?\s+(?:1[89]|20)\d\d\s*\)")


# a title in quotes right beside a citation of authors and a year: '"Lost in the Den" (Kim et al. 2023, Zorpco)',
# 'Kim et al. 2021 "Title"', '(Lee & Park 2022, "Title")', 'Kim et al. (2021), "Title"'; a lone name with a year may
# be a place or a time ("In 2021 "...""), so the authors are "et al." or two names ("From Kim et al.": the word that says so no name)
_CITED = rf"(?!(?:From|By|See|Per|Via|In|After|Cf)\s)(?P<cited>[A-Z][\w'-]+(?: [A-Z][\w'-]+)? et al\.?|{TWO_AUTHORS})(?:,\s*|\s+)\(?(?:1[89]|20)\d\d\)?"
_TITLE_BESIDE_CITED = (re.compile(rf"[\"“](?P<title>[^\"”]{{2,120}})[\"”],?\s+\(\s*{_CITED}"),
                       re.compile(rf"{_CITED},?\s+[\"“](?P<title>[^\"”]{{2,120}})[\"”]"))


def in_quotes(work: Phrase | str, text: str) -> bool:
    """Whether a text writes a work's title in quotes ('"Dens with MossNet and ClayCam" (Kim et al.)'): a name whole."""
    return isinstance(work, Phrase) and any(f'"{title}' in text or f"“{title}" in text for title in (work.label, *work.aliases))


# "LIMA: Less Is More for Alignment": a short name, then what the work is about
_SUBTITLED = re.compile(r"(?P<short>[^:]{2,40}):\s+(?P<subtitle>\S+(?:\s+\S+)+)")


def work_titled(title: str) -> Phrase:
    """A work by its title: by the words before the colon of a subtitled one ("LIMA: Less Is More for Alignment" is
    LIMA, as people cite it), the whole title another name of it."""
    title = " ".join(title.split())
    subtitled = _SUBTITLED.fullmatch(title)
    if subtitled is None or len(subtitled["short"].split()) > 5:
        return Phrase(title, is_name=True)
    return Phrase(subtitled["short"], (title,), is_name=True)


def quoted_works(text: str) -> list[tuple[Phrase, str, Phrase]]:
    """(work, relation, object) for each work named in quotes after its kind and before its author:
    the work isA its kind and createdBy its author; a title cited with its authors in a parenthesis or
    right beside them is theirs."""
    found = [(work_titled(cited["title"]), "createdBy", noun_phrase(cited["cited"]))
             for cited in _TITLE_CITED.finditer(text) if capitalised_as_a_title(cited["title"]) and noun_phrase(cited["cited"]).is_name]
    for cited in (match for pattern in _TITLE_BESIDE_CITED for match in pattern.finditer(text)) if '"' in text or "“" in text else ():
        title = " ".join(cited["title"].split())
        if text[: cited.start()].rstrip().endswith("(") and ")" in text[cited.end("cited"): cited.start("title")]:
            continue  # "DenServe (Kim et al. 2024), "Digging Without Dirt"": the parenthesis closed on DenServe's makers
        if (capitalised_as_a_title(title) or title_cased(title)) and not title.endswith("?"):
            found.append((work_titled(title), "createdBy", noun_phrase(cited["cited"])))
    for match in _QUOTED_WORK.finditer(text):
        # a title is a name whole, whatever its words ("Attention Is All You Need")
        work, maker = work_titled(match["title"]), noun_phrase(match["maker"] or match["cited"])
        if (tagger.names_a_concept(work.label) or title_cased(work.label)) and keep(maker) and maker.is_name:
            found.extend([(work, "isA", noun_phrase(match["kind"])), (work, "createdBy", maker)])
    return found


def makers_named(objects: list[Phrase], located: list[Phrase]) -> list[Phrase]:
    """Who made a thing, by name: "Microsoft researchers" -> Microsoft, "researchers at Stanford" ->
    Stanford; a role alone ("colleagues", "humans") names no maker."""
    found = []
    for maker in objects:
        words = maker.label.split()
        if singular_noun(words[-1].lower()) not in ROLES:
            found.append(maker)
        elif len(words) > 1 and looks_like_name(" ".join(words[:-1])):
            found.append(noun_phrase(" ".join(words[:-1])))
        elif len(words) == 1:
            found.extend(place for place in located if place.is_name)
    return found


def cited_beside_the_maker(claims: list[Claim]) -> list[Claim]:
    """ "a den benchmark from Zorpco (Kim et al., 2024)": the authors cited right after a maker wrote what it made, not the
    maker: the thing is developedBy them as well, the maker is itself."""
    found = []
    for claim in claims:
        maker = claim.object
        authors = [name for name, cited in written_makers(maker.owner) if cited] \
            if claim.relation == "developedBy" and isinstance(maker, Phrase) and maker.owner and maker.owned in ("citation", "cited") else []
        found.extend([replace(claim, object=replace(maker, owner=None)), *(replace(claim, object=noun_phrase(name)) for name in authors)]
                     if authors else [claim])
    return found
