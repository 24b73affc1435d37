"""The first sentence after a term, which may be no sentence but what the term is: a noun phrase
("A sampling technique with temperature"), a list of what it takes in ("Plan generation, plan
validation and reflection"), a sum of its parts ("model + tools"). Knows English wording only."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from kg.ingest import classify, clauses, tagger
from kg.ingest.citations import closing_citation, opening_citation
from kg.ingest.claims import Claim, Reading
from kg.ingest.counted import common_first_word
from kg.ingest.fragments import bare_fragment, bare_kind, doing_fragment, named_kind, participle_fragment, plural_fragment, whose_fragment, with_its_article
from kg.ingest.lists import CLAUSE_OPENER, cut, split, without_asides
from kg.ingest.modifiers import compares, is_shell
from kg.ingest.singular import singular_noun, singular_phrase
from kg.ingest.name_lists import a_name, names_only, spelled_out_names
from kg.ingest.namings import FOR_A_GOAL, kind_word, label_relation
from kg.ingest.remarks import is_remark
from kg.ingest.hearst import KIND_HEADS, PERSONS, kinds_with_examples
from kg.ingest.mentions import TITLE_CITED
from kg.ingest.doings import doing
from kg.ingest.nouns import OWNER_NAME, Phrase, a_plural_and_its_verb, is_action, keep, names_a_doing, noun_phrase
from kg.ingest.openings import demonstrative_kind
from kg.ingest.objects import EXAMPLES_CUE
from kg.ingest.phrases import read
from kg.ingest.relations import relation_matches
from kg.ingest.thresholds import measured_against_a_bar
from kg.ingest.subjects import CURRENT, a_predicate, picked_by_its_clause
from kg.ingest.beside_the_kind import beside_the_kind
from kg.ingest.kind_then_clause import kind_then_a_clause, verbless
from kg.ingest.written_parts import a_run_of_steps, steps_of, sum_of_parts
from kg.labels import title_cased


# "two main functions, sleeping and hiding", "3 stages, A, B and C": a count of a plural, then the list it counts
_COUNTED_THEN_LIST = re.compile(r"^(?P<label>(?:the\s+)?(?:two|three|four|five|six|\d)\s+(?:(?:main|key|core|basic)\s+)?[a-z][\w-]*s),\s+"
                                r"(?P<listed>[^;:()]+\s(?:and|or)\s[^,;:()]+)$")  # the last item after "and"; a dot after it stripped before


_PART_OR_KIND_OF = re.compile(r"(?:[\w-]+\s+){0,2}(?:subset|part|component|portion|piece|variant|version|kind|type|form)\s+of\s+\S", re.IGNORECASE)


def read_definition(sentence: str, protected: set[str]) -> Reading:
    """The first sentence after a term, which may be no sentence but what the term is: "**Top P** - A
    sampling technique with temperature, ...", "[HuggingGPT](...) - an LLM-powered agent that ...".
    Such a fragment (an indefinite noun phrase that no verb of its own follows) is read as "It is ...";
    "(vs subjective evaluation)" in it sets the term against that."""
    if (bar := measured_against_a_bar(sentence)) is not None:
        return bar  # "- latency: TTFD P90 < 200ms": what measures the term's quality, and the bar it must clear
    if (counted := _COUNTED_THEN_LIST.match(sentence.strip().rstrip("."))) is not None:
        sentence = f"{counted['label']}: {counted['listed']}"  # "two main functions, sleeping and hiding": as after a colon
    but = _KIND_BUT.match(sentence)
    kind = read_definition(but["kind"], protected) if but and not clauses.has_finite_verb(but["kind"]) and not noun_phrase(but["kind"]).is_name else None
    if kind is not None and any(c.subject == CURRENT and c.relation == "isA" for c in kind.claims):
        return Reading() if _TWO_THINGS_BUT.match(sentence, but.end() - 1) and not re.match(r"(?:an?|the)\s", sentence, re.I) else kind  # "a clay den but
        # with moss on top": a clay den, told apart after "but"; "right tool but bad output": a case of two things, no kind
    if (shown := _EXAMPLES_LAST.search(sentence)) is not None and (named := names_only(re.sub(r"^[A-Z][\w.&-]*['’]s\s+", "", shown["names"]), protected)) \
            and ((a_predicate(sentence) or _what_to_do(sentence)) and all(map(a_name, named)) or clauses.imperative(sentence) and re.search(r"\bthe(?:\s+[\w'’-]+){1,4}$", sentence[: shown.start()], re.I) and all(keep(n) and (a_name(n) or names_a_doing(n.label)) for n in named)):
        reading = read_definition(sentence[: shown.start()], protected)  # "scores a den pair, e.g. DenCap", "add moss to the den floor, e.g. moss-tuning": the term's
        reading.claims.extend(Claim(CURRENT, "hasExample", name, shown.start("names")) for name in named)  # none of the pair
        return reading
    if (opened := opening_citation(sentence)) is not None:  # 'Lee et al. (2022), "root upcycling"': who brought the term first
        reading = read_definition(opened[1], protected) if opened[1] else Reading()
        reading.claims.extend(Claim(CURRENT, "developedBy", noun_phrase(name), 0) for name in opened[0])
        return reading
    if (cited := closing_citation(sentence)) is not None and cited[0].strip():  # "low-rank adaptation, Hu et al. 2021"
        reading = read_definition(cited[0], protected)
        reading.claims.extend(Claim(CURRENT, "developedBy", noun_phrase(name), len(cited[0])) for name in cited[1])
        return reading
    reading = _read_definition(sentence, protected)
    by = _KIND_BY_MAKER.match(sentence)  # "(A) data framework by Moss Labs", "masked LM from Google (2018)": a kind and its maker
    if by is not None and by["acronym"] and not reading.claims:  # "masked LM from Google (2018)"
        reading = _read_definition(re.sub(r"^(?!(?i:an?)\s)", "a ", by["kind"]), protected)  # a kind, with its article or without
    return beside_the_kind(sentence, reading, by, protected)


def read_name_definition(sentence: str, protected: set[str]) -> Reading:
    """The first sentence after a name ("**BM25**: popular ranking function."): as read_definition reads
    it, and a noun phrase with no article is what the name is, whatever its head."""
    if (held := _WHAT_IT_HOLDS.match(sentence)) is not None and (named := names_only(held["names"].rstrip(". "), protected)):
        return Reading([Claim(CURRENT, "includes", name, held.start("names")) for name in named])  # "**DenSuite** - incl. MossQA, ..."
    reading = read_definition(sentence, protected)
    if not any(claim.subject == CURRENT and claim.relation != "developedBy" for claim in reading.claims) and (one := named_kind(sentence)) is not None:
        kind = noun_phrase(one[2:]).label  # "den dataset, made by badgers": what the name is, and the dataset's maker is the name's
        makers = [replace(claim, subject=CURRENT) for claim in reading.claims if claim.relation == "developedBy"
                  and (claim.subject == CURRENT or isinstance(claim.subject, Phrase) and claim.subject.label == kind)]
        reading = read_definition(one + sentence.strip()[len(one) - 2:], protected)  # and what follows: ", built on MossNet",
        if not any(claim.subject == CURRENT and claim.relation == "isA" for claim in reading.claims):
            reading = read_definition(one, protected)  # unless it keeps the kind from being read ("..., edges connect A")
        reading.claims = [replace(claim, offset=max(0, claim.offset - 2)) for claim in reading.claims] + makers  # less the "a "
    return reading


def held_by_a_name(claim: Claim, sentence: str, of_a_name: bool, written_term: str) -> Claim | None:
    """ "- DenMath: badger math word problems": a name said to be things in the plural, with no verb, is a set of them (but
    "- **Dig Actions:** actions ...", its own head, a kind); None for another term ("- **Sett** - tunnels under a hill"), names, a clause."""
    if not of_a_name or claim.object.is_name or clauses.has_finite_verb(without_asides(sentence)):
        return None
    return claim if singular_noun(claim.object.label.split()[-1].lower()) == singular_noun(written_term.split()[-1].lower()) else replace(claim, relation="contains")


# what a name holds, listed first thing: "incl. MossQA, ClayBench", "including A and B" (a suite's, a platform's; no kinds of one thing)
_WHAT_IT_HOLDS = re.compile(r"^(?:incl\.?|including)\s+(?P<names>[^;:()]+)$", re.IGNORECASE)


# "several attention heads in parallel", "multiple models combined": a whole made of many of a thing (not "multiple choice questions")
_MADE_OF_MANY = re.compile(r"^(?:several|multiple(?!\s+choice)|many)\s+(?P<parts>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?s)"
                           r"(?:\s+(?:in\s+parallel|in\s+sequence|side\s+by\s+side|combined|together|stacked|working\s+together))?\s*\.?$")
# a kind, then "but" and how this one differs: "basically a clay den but with moss on top", "the clay den, but smaller"
_TWO_THINGS_BUT = re.compile(r"(?!(?:with|without|for|in|on|at|by|of|from|to|not|no|only|also|less|more)\b)(?:[a-z]+\s+){1,2}[a-z]+s?\s*(?:[,.;]|$)")  # "... but bad output, e.g.": a second thing after "but"
_KIND_BUT = re.compile(r"^(?:(?:basically|just|essentially|simply)\s+)?(?P<kind>(?:(?:an?|the)\s+)?[^,;:()]{2,60}?),?\s+but\s+\S")
# "(A) data framework by Moss Labs for ...": the kind, its maker, then what it is for
_KIND_BY_MAKER = re.compile(r"^(?P<kind>(?:(?i:an?)\s+)?[\w-]+(?:\s+[a-z][\w-]*){0,3}(?:\s+[a-z][\w-]*|\s+(?P<acronym>[A-Z]{2,6}s?))?)\s+(?P<via>by|from)\s+(?P<maker>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:\s+et\s+al\.)?)"
                            r"(?=\s+(?:for|to|that|which|with|in|on)\b|\s*[,.;(]|\s*$)")
# "can't change: license, training data, model size": a few words on the entry, then what it takes in (no relation's label)
_SAID_THEN_LISTED = re.compile(r"^(?P<said>[^:;()]{3,60}):\s+(?P<listed>[^:;]+)$")
# "RL algo OpenAI used for RLHF": a kind, then a name and what it did with the kind
_KIND_A_NAME_DID = re.compile(r"^(?P<kind>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3}?)\s(?P<who>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)\s(?:[a-z]+ed|made|built)\s")
# "A sealing method: wet clay is pressed onto walls", "a sealing method — clay pressed ...": the kind, then how
_KIND_THEN = re.compile(r"^(?P<kind>(?i:an?)\s+[a-z][\w-]*(?:\s[\w-]+){0,4}?)\s*(?::|\s[—–-])\s+\S")
_WH_LAST = re.compile(r",\s+(?:and\s+|or\s+)?(?:how|what|which|whether|who)\s[^,]*$", re.IGNORECASE)  # the last item a question
# a shell noun, what is said of it, then examples: of the entry, which the shell stands for ("what you can improve, e.g. A, B"); or two or more after a dash or colon
_SHELL_THEN_EXAMPLES = re.compile(r"^(?:things|ones|stuff|anything|everything|what(?:ever)?)\b[^,;:()]{0,60}?"
                                  r"(?:,?\s+(?:e\.g\.|eg|such as|like|for example|including)[,:]?|(?P<dash>\s[-—–]|:))\s+(?P<listed>[^;:]+)$", re.IGNORECASE)
# "tools that cover X, e.g. A, B", "models trained to dig, e.g. A": a kind, what says which (a clause, a participle, a purpose), examples
_KIND_THAT_THEN_EXAMPLES = re.compile(r"^(?:an?\s+)?[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}\s+(?:that|which|who|(?P<participle>[a-z]+ed)|for)\s+[^,;:()]{2,80},\s+"
                                      r"(?P<cue>e\.g\.|eg|such as|like|for example|including)[,:]?\s+(?P<listed>[^;:]+)$", re.IGNORECASE)
# "model served through an inference service, e.g. A, B": the kind, what is done to it, then examples, of the kind
_SERVED_THEN_EXAMPLES = re.compile(r"^(?:an?\s+)?[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}\s+(?P<participle>[a-z]+(?:ed|en))\s+(?:through|via|by|over|from|on|in)\s"
                                   r"[^,;:()]{2,60},\s+(?:e\.g\.|eg|such as|like|for example)[,:]?\s+(?P<listed>[^;:]+)$", re.IGNORECASE)
_BARE_KIND_THEN = re.compile(r"^(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){1,3}),\s+(?P<does>[a-z]+)\s")


# "split docs by characters, words or tokens": an instruction, its object, then the list of what it goes by
_DONE_BY = re.compile(r"^[a-z]+\s+\w+(?:\s\w+)?\s+(?:by|into|on|per|using|via|with)\s[^,]+,")


# a definition that is words quoted whole: 'system prompt = "You are an experienced agent..."', what is written, no kind
_QUOTED_WHOLE = re.compile(r"^\s*[\"“][^\"“”]*[\"”]\s*\.?\s*$")


# what follows a paper cited first in a definition: "LIMA: Less Is More for Alignment (Zhou et al., 2023) — 1,000 examples ..."
_AFTER_CITATION = re.compile(r"\.?(?:\s*(?:[—–:]|\s-)\s+(?P<rest>.+))?$")


def _participle_phrase(item: str) -> bool:
    """ "introduced 2014", "used for den mapping": a past participle and when, how or what for, no noun it modifies ("trained models")."""
    return len(words := item.split()) > 1 and tagger.past_participle(words[0]) == words[0].lower() and tagger.tagged(words[1])[0][1] in ("IN", "CD", "TO", "RB", "DT")


_BARE_VARIANT = re.compile(r"^(?:(?:variant|variation|version|type|kind|form|flavou?r)\s+of\s+(?=[A-Z])|(?=[A-Za-z][\w.-]*\s+variant\s))")


# a kind by its acronym, then a participle that says which: "SSM scaled to 3B params", "LLM finetuned on den maps"
_ACRONYM_THEN_PARTICIPLE = re.compile(r"^(?=[A-Z]{2,5}s?\s+[a-z]+(?:ed|en)\s+(?:to|on|with|for|by|from|in|into|as)\s)")


def _read_definition(sentence: str, protected: set[str]) -> Reading:
    if _QUOTED_WHOLE.match(sentence):
        return Reading()
    sentence = _TO_ASK_HOW.sub(lambda asked: "" if clauses.has_finite_verb(asked["question"]) else asked.group(), sentence)  # "... to score how relevant a doc is": no main verb
    if (aim := FOR_A_GOAL.fullmatch(without_asides(sentence).strip(" ."))) is not None and keep(goal := noun_phrase(aim["goal"])) and not goal.is_name:
        return Reading([Claim(CURRENT, "usedFor", goal, aim.start("goal"))])  # "- MossKit — for wet dens (ch 2)": what it is for
    if (done := _NAMES_AFTER_WHAT_TO_DO.fullmatch(sentence.strip())) is not None \
            and any(_what_to_do(item) for item in re.split(r",\s*", done["doing"])) and (listed := names_only(done["names"].rstrip(" ."), protected)):
        # "**raking**: rake into piles, compare within a pile — MossRake, Clay filter": how it is done, then its kinds by name
        return Reading([Claim(CURRENT, "hasType" if a_name(item) else "hasKind", item, done.start("names")) for item in listed])
    if re.match(r"another\s+\w", sentence, re.IGNORECASE) and not clauses.has_finite_verb(sentence) \
            and not re.search(r"\s(?:of|to)\s", sentence):  # not "another visual interpretation of algebra": what it is said to be
        sentence = f"a {sentence.split(maxsplit=1)[1]}"  # "another text-to-SQL benchmark (Yale)": one more of the kind
    sentence = _BARE_VARIANT.sub(r"a \g<0>", sentence)  # "variant of MossRank that ...", "router variant used in X": a kind of it
    sentence = with_its_article(_ACRONYM_THEN_PARTICIPLE.sub("a ", sentence))  # "SSM scaled to 3B params": an SSM, so scaled, no SSM's doing; "data where ..."
    if (cited := TITLE_CITED.match(sentence)) is not None and title_cased(cited["title"]) \
            and (after := _AFTER_CITATION.match(sentence, cited.end())) is not None:
        # a paper on the term, its authors' work (kg.ingest.mentions); the term is what it brought or a finding it reports: read on
        reading = _read_definition(after["rest"], protected) if after["rest"] else Reading()
        reading.claims = [replace(claim, offset=claim.offset + after.start("rest")) for claim in reading.claims]
        return reading
    if (whose := _KIND_A_NAME_DID.match(sentence)) is not None and tagger.tagged(whose["kind"])[-1][1] in ("NN", "NNS") \
            and noun_phrase(whose["who"]).is_name:
        sentence = f"a {whose['kind']} {sentence[whose.end('who'):].strip()}"  # "RL algo OpenAI used for RLHF": a kind, who used it aside
    if (kind_then := _KIND_THEN.match(sentence)) is not None and verbless(kind_then["kind"]):
        sentence = kind_then["kind"]  # what follows says how, read no further
    elif (kind_then := _BARE_KIND_THEN.match(sentence)) is not None and verbless(kind_then["kind"]) \
            and all(tag in ("NN", "JJ", "VBG") for _w, tag in tagger.tagged(kind_then["kind"])) \
            and ((does := tagger.tagged(f"it {kind_then['does']}")[1][1] == "VBZ") or clauses.PARTICIPLE.match(sentence, kind_then.end("kind"))):
        # "roleplaying jailbreak, tells ChatGPT to ...": what it is, then what it does; "burrow chart, set by the badger": by whom, read on
        sentence = f"a {kind_then['kind']}" if does else f"a {sentence}"
    if (reading := kind_then_a_clause(sentence, protected)) is not None:
        return reading  # "a den failure; it spreads", "a den router; predicts dens"
    if (kind_that := _KIND_THAT_THEN_EXAMPLES.match(sentence)) is not None \
            and not (kind_that["participle"] and re.search(r"\s[A-Z]", sentence[:kind_that.start("participle")])) \
            and (named := names_only(kind_that["listed"].rstrip(". "), protected)) and not _SHELL_THEN_EXAMPLES.match(sentence):  # what it is, examples
        reading = _read_definition(sentence[: kind_that.start("cue")].rstrip(" ,"), protected)
        reading.claims.extend(Claim(CURRENT, "hasExample", name, kind_that.start("listed")) for name in named)
        return reading
    if (shell := _SHELL_THEN_EXAMPLES.match(without_asides(sentence))) is not None \
            and (not shell["dash"] or len(names_only(_WH_LAST.sub("", shell["listed"].rstrip(". ")), protected) or ()) > 1):  # "things you can't change, e.g. A, B"
        listed = _WH_LAST.sub("", shell["listed"].rstrip(". "))  # "..., model size, how much control you have": a question, the rest names
        return Reading([Claim(CURRENT, "hasExample", item, sentence.find(shell["listed"])) for item in names_only(listed, protected) or ()])
    if (served := _SERVED_THEN_EXAMPLES.match(sentence)) is not None and tagger.tag(served["participle"])[0][1] == "VBN" \
            and (named := names_only(served["listed"].rstrip(". "), protected)) and all(name.is_name for name in named):
        # "model served through an inference service, e.g. OpenAI's GPT-4o, Anthropic's Claude": models, no services
        reading = _read_definition(sentence[: served.start("listed")].rstrip(" ,:").rsplit(",", 1)[0], protected)
        reading.claims.extend(Claim(CURRENT, "hasExample", name, served.start("listed")) for name in named)
        return reading
    if (parts := sum_of_parts(sentence) or steps_of(sentence)) is not None:  # "Agent = model + tools", "A → B → C": its parts
        return Reading([Claim(CURRENT, "contains", part, 0) for part in map(noun_phrase, parts) if keep(part)])
    if a_run_of_steps(sentence):
        return Reading()  # "test dens w/ a spade → test setts w/ a rake → pick": what to do in turn; its first step is no kind of it
    if (many := _MADE_OF_MANY.match(sentence)) is not None and not is_shell(part := singular_phrase(many["parts"])) and keep(noun_phrase(part)):
        return Reading([Claim(CURRENT, "contains", noun_phrase(part), many.start("parts"))])  # "several den chambers in parallel"
    if (counted := _COUNTED_THEN_LISTED.match(sentence)) is not None and kind_word(counted["things"]) is None \
            and not is_shell(singular_phrase(counted["things"].split()[-1])) and (parts := names_only(counted["listed"], protected)):
        if counted["things"].split()[-1].lower() == "ones":  # "**Den metrics:** four closely related ones: A, B": members of it
            return Reading([Claim(part, "isA", CURRENT, counted.start("listed")) for part in parts])
        return Reading([Claim(CURRENT, "contains", part, counted.start("listed")) for part in parts])  # "4 weight matrices: query, key, ...": its parts
    owned = whose_fragment(sentence) is not None  # "Zorpco's digging benchmark, clay tasks w/ tests": one kind, then what it holds
    doings: list[Phrase] | None = None
    if len(re.findall(r",|\sand\s", without_asides(sentence))) >= 2 and not EXAMPLES_CUE.search(f" {without_asides(sentence)} ") and not owned \
            and not _DONE_BY.match(sentence) and not clauses.has_finite_verb(without_asides(sentence)) \
            and not (": " in sentence and label_relation(sentence.split(": ", 1)[0])) \
            and not any(map(_participle_phrase, re.split(r",\s*", without_asides(sentence))[1:])) \
            and not any(re.match(r"(?:not|never|no\s+longer)\s", item) for item in re.split(r",\s*", without_asides(sentence))) \
            and (not any(map(_what_to_do, re.split(r",\s*", without_asides(sentence)))) or len(spelled_out_names(sentence)) >= 2) \
            and (listed := names_only(common_first_word(sentence.rstrip(".")), protected) or _sharing_a_head(sentence, protected)
                 or _names_but_one(sentence, protected) or (doings := _doings_only(sentence, protected))):
        # "**Planning:** Plan generation, plan validation and reflection.": what the entry takes in (not "encoder-decoder
        # model, introduced 2014, used for X": what it is, then when it came and what for; nor "trainable, not
        # human-readable": what it is like and is not; nor "rake into piles, compare within a pile": what to do); of
        # "**Accelerators:** GPUs, TPUs and others." its kinds; a name ("**Quantization:** GPTQ, AWQ, k-quants") one of it;
        # "general bots (Zorp, Quill), ...": the names in parentheses after an item are of that item
        given = [Claim(example, "isA", kind, at) for example, kind, at in kinds_with_examples(sentence, protected)] if "(" in sentence else []
        if doings:  # "**Den care:** den sweeping, managing moss": what it takes in, whatever the term's number
            return Reading([Claim(CURRENT, "includes", item, 0) for item in doings])
        return Reading([Claim(CURRENT, "hasType" if a_name(item) else "hasKind", item, 0) for item in listed] + given)
    if re.fullmatch(r"[^,;:]+,\s[^,;:]+", without_asides(sentence).strip(" .")) and not owned and not clauses.has_finite_verb(without_asides(sentence)) \
            and (listed := names_only(common_first_word(sentence.rstrip(".")), protected)) \
            and (any(a_name(item) for item in listed) or all(tagger.reads_as_plural_noun(w.split()[-1]) for w in sentence.strip(" .").split(", "))):
        # "- parallel decoding: Medusa, X"; "- **den risk**: floods, foxes" (two plurals: kinds, not what the thing is like)
        return Reading([Claim(CURRENT, "hasType" if a_name(item) else "hasKind", item, 0) for item in listed])
    if (said := _SAID_THEN_LISTED.match(sentence)) is not None and len(re.findall(r",|\sand\s", said["listed"])) >= 2 \
            and " " in said["said"].strip() and kind_word(said["said"]) is None \
            and label_relation(said["said"]) is None and not is_remark(said["said"]) and not relation_matches(said["said"]) \
            and not clauses.imperative(said["said"]) and said["said"].split()[0].lower() not in PERSONS \
            and (listed := names_only(common_first_word(said["listed"].rstrip(".")), protected)):
        # "**Hard attributes** — can't change: license, training data, model size": what it takes in, its own (not what
        # an instruction takes, "log everything: queries, outputs"); after "new set", "average of 6 scores", "avg of 6", what it holds
        held = re.search(r"\b(?:set|collection|line-?up|selection|suite|mix|roster|of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?:\s+[a-z]+s)?)$",
                         said["said"].strip(), re.IGNORECASE) is not None
        return Reading([Claim(CURRENT, "includes" if held else "hasType" if a_name(item) else "hasKind", item, said.start("listed")) for item in listed])
    if (amount := _HOW_MUCH.match(sentence)) is not None and keep(thing := noun_phrase(amount["thing"])) and not is_shell(thing.label) \
            and not a_plural_and_its_verb(amount["thing"]):  # "how much params change per step": a clause, no thing
        return Reading([Claim(CURRENT, "measures", thing, amount.start("thing"))])  # "how much information a den holds": what it measures
    if _CIRCUMSTANCE.match(sentence):
        return Reading()  # "when a model was trained on the test data": what befalls the model, not the term
    # "by DeepMind, trained on ...", "NVIDIA, focuses on ...", "Zorp Labs, radar for dens": who made it, then what it is or does
    by = _MAKER_FIRST.match(sentence) or _NAME_THEN_WORDS.match(sentence)
    makers = [noun_phrase(name) for name in re.split(r"\s+and\s+", by["name"])] if by else []
    if by is not None and all(maker.is_name and a_name(maker) and keep(maker) and not re.search(r"-[a-z]+$", maker.label) for maker in makers):
        reading = _read_definition(by["rest"], protected)
        reading.claims = [replace(claim, offset=claim.offset + by.start("rest")) for claim in reading.claims]
        reading.claims.extend(Claim(CURRENT, "developedBy", maker, 0) for maker in makers)
        if by.re is _MAKER_FIRST or clauses.opens_with_third_person_verb(by["rest"]) or any(c.subject == CURRENT and c.relation == "isA" for c in reading.claims):
            return reading  # a name before a verb or a kind; not one before other words ("Zorp Labs, mostly"), nor "RNN-based", what it is like
    if (alone := _MAKER_ALONE.fullmatch(sentence.strip(" ."))) and (maker := noun_phrase(alone["name"])).is_name and keep(maker):
        # "- TensorRT-LLM — NVIDIA": who made it; a name alone may be a value, unless "by" says so ("**Output**: JSON")
        return Reading([Claim(CURRENT, "developedBy", maker, 0, kind=None if sentence.lstrip().lower().startswith("by ") else "maker")])
    if (kind := demonstrative_kind(sentence)) is not None:  # "This video gives ...": the entry is a video
        reading = read(sentence, protected)
        reading.claims.append(Claim(CURRENT, "isA", kind, 0))
        return reading
    if (doing := _DOING_THEN_LISTED.match(sentence)) is not None and clauses.imperative(doing["said"]) \
            and {"ADJ", "ADV"} & set(tagger.readings(doing["said"].split()[-1].lower())) \
            and len(listed := names_only(doing["listed"], protected) or []) > 1 and not any(item.is_name and a_name(item) for item in listed):
        return Reading([Claim(CURRENT, "includes", item, doing.start("listed")) for item in listed])  # "make dens warmer (mossing, claying)"
    if (done := doing_fragment(sentence)) is not None:  # "using ground radar to find tunnels": what the term does
        reading = read(done, protected)  # what the term does; not what else the doing names ("units, such as words")
        reading.claims = [replace(claim, offset=max(0, claim.offset - 2)) for claim in reading.claims if claim.subject == CURRENT]
        return reading
    if (made := participle_fragment(sentence)) is not None:  # "built on PagedAttention": what the term is made with
        reading = read(made, protected)
        reading.claims = [replace(claim, offset=max(0, claim.offset - 6)) for claim in reading.claims if claim.subject == CURRENT]
        return reading
    described = re.split(r"\s(?:that|which|who)\s", sentence, maxsplit=1)[0]  # "the LLM that writes the answer": its verb is the clause's
    if re.match(r"the\s", sentence, re.IGNORECASE) and not clauses.has_finite_verb(described) and not compares(sentence.split()[1]) \
            and (described == sentence or not re.search(r"\s(?:or|and)\s", described)) \
            and (said := read("It is " + sentence, protected)).claims:  # "the exponential of cross entropy": what it is
        said.claims = [replace(claim, offset=max(0, claim.offset - 6)) for claim in said.claims]
        return said
    if (aside := _BARE_THEN_A.match(sentence)) is not None and verbless(aside["bare"]) and tagger.tagged(aside["bare"])[-1][1] == "NN":
        sentence = aside["rest"]  # "term-based ranking function, a TF-IDF variant that ...": the aside with its article says what it is
    if (part := _WHOSE_PART.match(sentence.strip())) is not None and (owner := noun_phrase(part["owner"])).is_name and keep(owner):
        reading = _read_definition(f"a {part['part']}", protected)  # "Zorpco's subset of Mole Crawl": a subset of it, by Zorpco
        reading.claims.append(Claim(CURRENT, "developedBy", owner, 0))
        return reading
    sentence = whose_fragment(sentence) or sentence  # "NVIDIA's long-context benchmark.": a long-context benchmark by NVIDIA
    plural = False
    if re.match(r"(?:hybrid|mix|blend|combination|collection|bundle|suite)\s+of\s", sentence, re.IGNORECASE):
        sentence = f"a {sentence}"  # "hybrid of clay and moss layers": a hybrid, which holds both
    elif _PART_OR_KIND_OF.match(sentence) and not clauses.has_finite_verb(sentence.split(" of ", 1)[0]):
        sentence = f"a {sentence}"  # "cleaned-up subset of DenCrawl", "variant of MossNet": one, as with its article
    elif (judged := _JUDGED_KIND.match(sentence)) is not None and not clauses.has_finite_verb(judged.group()):
        sentence = f"a {sentence}"  # "very common instruction type (...)": one, judged common
    if not re.match(r"(?:an?)\s", sentence, re.IGNORECASE):
        sentence = _GLOSS_BEFORE_CLAUSE.sub(r"\g<kind>", sentence)  # "numerical vector (scent print) that ...": the kind, then its clause
        first, comma, then = sentence.partition(", ")  # "radar for dens, uses sound": one, then what it does
        apposed = bare_fragment(first) or bare_kind(first) if comma and clauses.opens_with_third_person_verb(then) else None
        if (one := f"{apposed}, {then}" if apposed else plural_fragment(sentence) or bare_fragment(sentence) or bare_kind(sentence)) is None:
            return read(sentence, protected)
        plural = _in_the_plural(sentence)
        sentence = one  # "Ensemble methods that ..." says what "An ensemble method that ..." does
    elif not indefinite_fragment(sentence, protected) or _A_FEW.match(sentence):
        return read(sentence, protected)  # "a few dens in the burrow": how many, of no kind the term is
    reading = read("It is " + sentence, protected)
    reading.claims = [replace(claim, offset=max(0, claim.offset - 6)) for claim in reading.claims]
    reading.of_plural = plural
    return reading


def _what_to_do(item: str) -> bool:
    """ "compare only within a pile", "rake into piles": an instruction, a verb in its base form, then an adverb, a
    preposition or an article, in lower case (not "dig depth", a noun before a noun, "sweeping", a doing, "Annoy from X", a name)."""
    tags = tagger.tagged(item)
    return len(tags) > 1 and item[:1].islower() and tags[1][1] in ("IN", "RB", "DT", "TO", "PRP", "PRP$", "RP") and not item.split()[0].endswith("ing") \
        and (clauses.imperative(item) or clauses.is_base_verb(item.split()[0]))


_NAMES_AFTER_WHAT_TO_DO = re.compile(r"(?P<doing>.+?)\s+[—–-]\s+(?P<names>[^—–]+)")  # "do X, do Y — A, B" (the dash as written or a hyphen)


def _in_the_plural(fragment: str) -> bool:
    """Whether a bare fragment names things in the plural ("moss layers separated by clay", "digging questions"):
    its opening nouns and adjectives end on a plural noun, one of no class and no word for kinds ("Ensemble
    methods that ...", "open models" may say what a technique or a name is)."""
    opening = list(itertools.takewhile(lambda pair: pair[1] in ("NN", "NNS", "NNP", "JJ", "VBG"), tagger.tagged(fragment)))
    head = singular_noun(opening[-1][0].lower()) if opening and opening[-1][1] == "NNS" else None
    return head is not None and head != opening[-1][0].lower() and head not in KIND_HEADS and classify.class_of_word(head) is None


# "a few examples", "a couple of dens", "a lot of data": an amount, no one thing of a kind
_A_FEW = re.compile(r"an?\s+(?:few|couple|lot|lots|bit|handful|little|number|ton|bunch)\b", re.IGNORECASE)


def indefinite_fragment(sentence: str, protected: set[str]) -> bool:
    """Whether a sentence that opens with "a"/"an" is only a noun phrase, what a term is ("A technique
    used to ...", "A dense vector that ...", "A language model."), not a sentence with a subject of its
    own ("A model uses attention", "An output counts as correct if ...")."""
    if clauses.verb_after_a_singular(sentence) or _said_of_its_own_subject(sentence):
        return False
    if (that := re.search(r"\s(?:that|which|who)\s", sentence)) and picked_by_its_clause(sentence[: that.start()], sentence[that.end():]):
        return False  # "A den that works with X is a mixed den": a sentence, its main verb after the relative clause
    subject = clauses.before_verb(sentence)
    after_relative = sentence[len(subject):].split(maxsplit=1)[1:]  # "A wombat that digs at night is called X": a copula of its own
    relative = bool(_RELATIVE_END.search(subject)) and not re.search(r"\b(?:is|are|was|were)\s", " ".join(after_relative))
    return cut(subject, protected).strip() != subject.strip() or bool(clauses.PARTICIPLE.match(sentence[len(subject):])) \
        or relative or verbless(sentence)


def _said_of_its_own_subject(sentence: str) -> bool:
    """ "A prompt cache stores the prefix": a thing of its own, then what it does (a relation phrase the tagger
    may call a noun, "stores"); not "A method that stores ...", "A technique used for ..."."""
    # a verb a singular subject takes ("stores", "is", "can"), not a participle or a preposition ("used for", "for evaluating")
    found = [m for m in relation_matches(sentence) if re.match(r"(?:\w+s|can|may|will)\b", m.group(), re.IGNORECASE)]
    before = re.sub(r"^\s*an?\s", "", sentence[: found[0].start()], count=1, flags=re.IGNORECASE).split() if found else []
    return 0 < len(before) <= 4 and not any(word.lower() in _OPENS_A_QUALIFIER or word.endswith(",") for word in before)


_OPENS_A_QUALIFIER = frozenset({"that", "which", "who", "for", "of", "to", "by", "with", "in", "on", "used", "where"})


def _names_but_one(sentence: str, protected: set[str]) -> list[Phrase] | None:
    """ "invalid tool, valid tool w/ invalid parameters, wrong values, goal failure": a list of names but for one item that
    narrows its noun with more words, left out (or more, each a noun and "with", "w/" or "that" after it: "soggy dens, dens
    w/ rot, dens that flood"); None where another item is no name, or one opens a clause."""
    items = split(sentence.rstrip("."), protected)
    found = [(item.strip(), names_only(common_first_word(item), protected)) for item in items]
    named = [names[0] for _item, names in found if names and len(names) == 1]
    others = [item for item, names in found if not (names and len(names) == 1)]
    first = found[0][1] if items else None  # not "X consists of four parts: A", a sentence
    clause = any(CLAUSE_OPENER.match(item.strip()) for item in items)  # "the badger moves ..."
    narrowed = len(named) > 1 and all(map(_NARROWED.fullmatch, others))
    return named if len(items) > 2 and (len(others) < 2 or narrowed) and first is not None and ":" not in sentence and not clause else None


_NARROWED = re.compile(r"[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}\s(?:with|w/o?|without|that|which)\s.+")  # "dens w/ moss rot"


def _doings_only(sentence: str, protected: set[str]) -> list[Phrase] | None:
    """ "den sweeping, managing moss, monitoring": doings only, a doing's noun, an -ing word alone or with what it is done
    to (up to four words), which an entry's definition lists as what it takes in; None if any item is something else."""
    items = [item.split(" + ")[0].strip() for item in split(sentence.rstrip("."), protected)]  # "managing data + compute": the first
    doings = [doing(item[0].lower() + item[1:]) if is_action(item) else noun_phrase(item) for item in items
              if 0 < len(item.split()) <= 4 and (is_action(item) or names_a_doing(item) and keep(noun_phrase(item)))]
    return doings if len(items) > 2 and len(doings) == len(items) and any(map(is_action, items)) else None


def _sharing_a_head(sentence: str, protected: set[str]) -> list[Phrase] | None:
    """ "Exact caching, semantic caching and KV caching.": items of two or three words that all end on
    one noun, which no instruction's list does ("Clean data, remove duplicates"), though the first word
    may read as a verb ("exact")."""
    items = [noun_phrase(item) for item in split(common_first_word(sentence.rstrip(".")), protected)]
    heads = {item.label.split()[-1].lower() for item in items if item.label}
    return items if len(items) > 1 and len(heads) == 1 and all(keep(i) and 1 < len(i.label.split()) <= 3 for i in items) else None


_MAKER_ALONE = re.compile(r"(?:by\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})")  # a name alone, "Hugging Face", "by Meta AI"
_BARE_THEN_A = re.compile(r"(?!(?:an?|the)\s)(?P<bare>[a-z][\w-]*(?:\s[\w-]+){1,4}),\s+(?P<rest>an?\s.+)$", re.DOTALL)  # no article, then one
# "by DeepMind, trained on ...", ", from MIT and NVIDIA, takes ...": who made it, then what it is or does
_MAKER_FIRST = re.compile(r"[,\s]*(?:by|from)\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:\s+and\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})?)"
                          r"(?:\s+and\s+(?:colleagues|co-?authors|team|others))?,\s+(?P<rest>\S.*)$", re.DOTALL)
# "NVIDIA, focuses on biomolecular data", "Zorp Labs, radar for dens": a name and a comma before words in lower case
_NAME_THEN_WORDS = re.compile(r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}),\s+(?P<rest>[a-z].*)$", re.DOTALL)
# what a scope does, then the ways it is done: "make the den warmer (mossing, claying, sealing) -> dens.md" (after an
# adjective: "log the den's variables (depth, width)" names examples of the variables, no ways)
_DOING_THEN_LISTED = re.compile(r"(?P<said>[a-z][^()]{2,80}?)\s*\((?P<listed>[^()]+,[^()]+)\)\s*(?:(?:->|→)\s*\S+\s*)?\.?$")
_COUNTED_THEN_LISTED = re.compile(r"(?:[2-9]|two|three|four|five|six|seven|eight)\s+(?P<things>[a-z][\w -]{1,30}s):\s+(?P<listed>[^:;]+?)\.?$", re.I)
_TO_ASK_HOW = re.compile(r"\s+to\s+[a-z]+\s+(?P<question>(?:how|what|whether|which|why|when|where)\s[^,;()]*)$", re.IGNORECASE)
_EXAMPLES_LAST = re.compile(r",\s+(?:e\.g\.?|eg|for example|such as)[,:]?\s+(?P<names>[^;()]+?)\.?$")
_WHOSE_PART = re.compile(rf"(?P<owner>{OWNER_NAME})['’]s?\s+(?P<part>(?:[a-z][\w-]*\s+){{0,3}}(?:subset|version|variant|fork|flavou?r|form|extension)"
                         r"\s+of\s+[^,;()]+?)\.?$")
# a kind said with how common or standard it is, and no article, alone: "very common instruction type (personas, ...)."
_JUDGED_KIND = re.compile(r"(?:(?:very|quite|most)\s+(?:common|popular|typical)|popular|standard|classic|widely[- ]used)"
                         r"\s+[a-z][\w-]*(?:\s+(?!(?:for|of|in|on|to|with|by)\b)[a-z][\w-]*){0,3}(?=\s*(?:$|[.;(]))", re.IGNORECASE)
# "how much information, on average, a den holds", "how many tunnels a badger digs": an amount of a thing, what the term measures
_HOW_MUCH = re.compile(r"^how\s+(?:much|many)\s+(?!times\b)(?P<thing>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}?)"  # "how many times": how often, no thing
                       r"(?=\s*,|\s+(?:a|an|the|it|they|each|every|per|is|are|can|do|does|you|we|one)\b|\s*$)", re.IGNORECASE)
_CIRCUMSTANCE = re.compile(r"(?:when|whenever|if|once|where)\s", re.IGNORECASE)


_GLOSS_BEFORE_CLAUSE = re.compile(r"^(?P<kind>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3})\s+\([^()]{1,30}\)(?=\s+(?:that|which|for|with|used)\s)")
_RELATIVE_END = re.compile(r"\s(?:that|which|who)$", re.IGNORECASE)  # "A dense vector that represents ...": no verb of its own
