"""A whole's parts written in shorthand: a sum of noun phrases ("Agent = model + tools + environment": the
agent contains each) or a run of steps joined by arrows ("plan → act → reflect"), and a run of steps that are
not noun phrases, which names no part and no kind. Knows the symbols of shorthand and English word classes."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.lists import sharing_the_noun, without_asides
from kg.ingest.marks import ARROW_BETWEEN
from kg.ingest.nouns import is_action
from kg.ingest.singular import singular_noun

_PLUS = re.compile(r"\s+\+\s+")
# "in practice an LLM + tools + planning": how the sum is put, and the first part's article
_SUM_LEAD = re.compile(r"^(?:(?:in practice|basically|essentially|roughly|i\.e\.|so|usually|typically)[,:]?\s+)?(?:(?:an?|the)\s+)?", re.IGNORECASE)
_COMBINES = re.compile(r"^(?:combines|interleaves|mixes|merges|fuses|blends|joins|pairs)\s+(?=\S)")


def sum_of_parts(text: str) -> list[str] | None:
    """ "model + tools + environment": the parts of a whole written as a sum of noun phrases, each of
    up to four words with no verb; None for anything else ("2 + 2", "Adam + a warmup schedule helps")."""
    parts = _PLUS.split(_SUM_LEAD.sub("", without_asides(text.strip().split("\n")[0]).split(";")[0].strip().rstrip(".")))  # "FM + ctx (roughly); ..."
    if len(parts) < 2:
        return None  # "metres/night": a rate, no sum
    last, _comma, after = parts[-1].partition(",")
    if after.strip() and _short_noun_phrase(after.split(",")[0].strip()):
        return None  # "marketing + ads, profile pics": one item of a list, no whole made of parts
    parts[-1] = last  # "reasoning + acting, interleaved": a remark on the sum after the last part
    parts[0] = _COMBINES.sub("", parts[0])  # "interleaves reasoning + acting": what it joins are its parts
    # "router/gateway": both; "image/video search": an image search and a video search (lists.sharing_the_noun); "TCP/IP stack"
    # and "b/c" one word each; a part with a comma of its own ("dedup, tokenization + X") stays whole, no noun phrase
    parts = [alone for part in parts for alone in (_alternatives(sharing_the_noun(part)) if "," not in part else [part])]
    if any(re.search(r"\s[x×*]\s|\s[x×*]$|^[x×*]\s", part.strip()) for part in parts):
        return None  # "TTFT + TPOT x (number of output tokens)": a formula, no parts
    if is_action(parts[0].strip()):
        return None  # "crafting instructions + examples": a doing and what it is done to, no parts of the thing
    return parts if all(map(_short_noun_phrase, parts)) else None


def _alternatives(part: str) -> list[str]:
    """ "router/gateway" -> both, as "image search, video search" (a shared noun, spelled out) is; "TCP/IP stack" one name."""
    pieces = re.split(r",\s|(?<=\w\w)/(?=\w\w)", part)
    return pieces if all(" " not in piece.strip() for piece in pieces) or ", " in part else [part]


def steps_of(text: str) -> list[str] | None:
    """ "plan generation → validation → execution → reflection": the stages of a process in their
    order, three or more noun phrases; None for anything else ("Common Crawl → C4", one thing made
    from another; "filter → rank → the model answers", a clause; two of one head, a thing as it grows)."""
    steps = _steps(text)
    if len(steps) < 3 or not all(map(_short_noun_phrase, steps)):
        return None
    heads = [singular_noun(step.split()[-1].lower()) for step in steps]
    return steps if len(set(heads)) == len(heads) else None  # not "language model → LLM → foundation model": one thing as it grows


def a_run_of_steps(text: str) -> bool:
    """ "test dens w/ a spade → test setts w/ a rake → pick": three or more steps joined by arrows, whatever they are
    (not "a dig method: A → B → C", what it is, then its steps)."""
    steps = _steps(text)
    return len(steps) >= 3 and ":" not in steps[0]


def _steps(text: str) -> list[str]:
    """The parts of a text that arrows set off, before any semicolon and aside."""
    return ARROW_BETWEEN.split(without_asides(text).split(";")[0].strip().rstrip("."))


def _short_noun_phrase(part: str) -> bool:
    """A noun phrase of up to four words with no verb: "scoring system", "reasoning" (a gerund names a doing)."""
    words = part.split()
    if re.fullmatch(r"[a-z-]+(?: [a-z-]+)?", part.strip()) and "NOUN" in tagger.readings(words[-1]) \
            and all({"NOUN", "ADJ"} & set(tagger.readings(word)) and not re.search(r"(?:s|ed)$", word) for word in words[:-1]):
        return True  # "model + prompt", "forward pass + backward pass": nouns, whatever the tagger makes of them alone; not "uses X"
    tagged = [(word, tagger.corrected(word, tag)) for word, tag in tagger.tagged(part)]
    tags = [tag for _word, tag in tagged]
    inside = any(tag == "NNS" and "VERB" in tagger.readings(word.lower()) for word, tag in tagged[:-1])
    # "model outputs name", "interleaves digging": a verb (a compound's first noun stands singular)
    return 0 < len(tags) <= 4 and tags[-1].startswith(("NN", "VBG")) and not inside \
        and not any(t.startswith(("VB", "PRP", "CD", "MD", "RB", "JJR")) and t != "VBG" for t in tags)  # "FMs often black boxes"
