"""The grammar of one sentence of notes: noun phrases, lists, and the phrases that state relations.

Knows English wording and the vocabulary's `kg:phrase`s; knows nothing of files or RDF.
A sentence yields Claims: (subject, relation, object), where the subject may be left open
(a pronoun, or no subject at all) for the caller to fill from the entry being read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.claims import Claim, Reading
from kg.ingest.named_examples import read_examples
from kg.ingest.namings import named_kinds, read_also_called, read_labelled_list, read_naming
from kg.ingest.pointers import read_pointer
from kg.ingest.nouns import Phrase, as_kind, is_action, keep, names_a_doing, noun_phrase, opens_with_a_doing
from kg.ingest.makers_in_parentheses import maker_closing
from kg.ingest import clauses, parenthesised_kinds
from kg.ingest.singular import singular_phrase
from kg.ingest.tagger import tagged
from kg.ingest.modifiers import HELD_AFTER_COLON, KIND_OF, PART_WORDS, gathers, is_shell
from kg.ingest.advice import a_way_to, advice, measured_with, what_it_solves
from kg.ingest.subjectless import a_kind_of, compared_with, contrasted_aside, measured_or_done_with, part_of, sorted_into, split_into, what_it_needs
from kg.ingest.appositions import appositions, aside_ended, named_first, object_relative, kind_after_name, kind_aside, names_of_a_kind, makers_from, participle_aside, relative_asides, without_maker_asides
from kg.ingest.hearst import includes_kinds, kinds_with_examples, noun_phrase_ending
from kg.ingest.others_of_a_kind import named_with_others
from kg.ingest.objects import ARTICLE, EXAMPLES_CUE, NAMED, bare_plural, names_a_machine, poorly_judged, subset_of_a_name, objects_after, powered_by, shell_kind, training_of_another
from kg.ingest.openings import opening
from kg.ingest.fragments import said_as_a_relation
from kg.ingest.citations import written_makers
from kg.ingest.authorship import cited_beside_the_maker, in_quotes, made_by, makers_named, owners_kind, quoted_works
from kg.ingest.counted import counted_members, listed_members, members_of_the_ones, one_of_a_kind, ways_within
from kg.ingest.copulas import (an_example_alone, as_its_class, definite_kind, its_kinds, side_by_side, names_kinds, parts_a_thing_is_split_into,
                                parts_it_is_split_into, picks_members, plural_copula, ranked_kind, split_by_writer)
from kg.ingest.kinds_it_can_be import kinds_stated
from kg.ingest.mass_nouns import mass_copula
from kg.ingest.problems import names_a_problem, problems
from kg.ingest.purposes import infinitive_purpose, purpose_relation, tools_for_tasks, with_tools
from kg.ingest.name_lists import a_name
from kg.ingest.lists import USING, cut, gapped_after, gapped_pairs, inside_parentheses, semicolon_list, split, without_relatives_in_lists
from kg.ingest.relations import a_plural_noun, describes_the_noun_before, done_by_the_one_caused, gapped_base_forms, generated_forms, labels_a_list, plus_as_and, relation_at, relation_matches
from kg.ingest.subjects import CURRENT, NOBODY, each_subject, extraposed, name_ending, opens_with_a_subject, picked_by_its_clause, plural_ending, situation_of, subject_of, unnamed_subject
from kg.ingest.clause_starts import CONDITIONS, clauses_of, on_condition, said_after_a_colon, verb_after_the_aside, verb_of_a_contact_clause
from kg.ingest.versus import set_apart
from kg.ingest.wording import plain
from kg.ingest.quotations import QUOTED_WORD, without_quoted_sentences
from kg.labels import words
from kg.schema import vocab

# "RLHF, also known as reinforcement learning from human feedback, aligns ...": another name, set off by commas
_ALSO_NAMED = re.compile(r"^(?P<name>[^,;:()]{2,80}?),\s(?P<also>(?:(?:also|sometimes|often|commonly)\s+)?(?:called|known\s+as|referred\s+to\s+as)"
                         r"\s+[^,;:()]{1,60}?),\s", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no longer|cannot|neither|nor|rarely|seldom|hardly|barely|scarcely)\b|n['’]t\b", re.IGNORECASE)
_COPULAR = re.compile(r"(?:is|are|was|were|a measure|as a)\b", re.IGNORECASE)
_AND_THEN = re.compile(r",\s+and\s+")  # where a clause of its own may start
# an indirect question, whose verb has its own subject; not "is what enables", "how to use X" (the doer's), nor one whose subject points back ("how it attends to embeddings", "how these mechanisms enable ...")
_ASKED = re.compile(r"(?<!\bis)(?<!\bare)\s(?:how|what|whether|why)\s(?!(?:to|it|they|this|these|its)\s)", re.IGNORECASE)
_PLURAL_PRONOUN = re.compile(r"\b(?:they|these|those)\s*$", re.IGNORECASE)  # the subject of the verb that follows
_SUBORDINATE = frozenset({"because", "so that", "although", "though", "since", "when", "whenever"})
LONGEST_SENTENCE = 3000  # characters; the tagger's tokenizer grows faster than linearly past this
_ILLUSTRATION = re.compile(r"^\s*(?:e\.g\.,?|for example,?|for instance,?)\s+(?P<verb>[a-z]+)\s", re.IGNORECASE)
_PART_RELATIONS = {"uses": "contains", "includedIn": "partOf"}  # what a relation says when its object is a part or a whole of parts
# "depth is hard if you use a spade": what the reader does, in a clause of its own, no one's use of it
_READER_DOES = re.compile(r"\b(?:if|when|whenever|unless|once|until|while|before|after)\s+(?:you|we|I|one)\s+(?:\w+\s+)?$", re.IGNORECASE)


def read(sentence: str, protected: set[str]) -> Reading:
    """The claims of one sentence. `protected` are known labels that lists must not split ("modeling and training").
    A "sentence" longer than any a person writes (a run of symbols, a pasted blob) is read as nothing."""
    reading = Reading()
    if len(sentence) > LONGEST_SENTENCE:
        return reading
    # as written (plainer wording drops "fall into three categories:"), less a hedged or describing aside
    written = _HEDGED.sub(lambda m: " " * len(m.group()), without_quoted_sentences(sentence.rstrip(" .;:"))).replace(" & ", " and ").replace(" esp. ", " especially ").replace(" ≠ ", " vs ")  # "A & B": A and B; "esp." a word; "A ≠ B": set apart
    written = _ALSO_NAMED.sub(lambda m: f"{m['name']} ({m['also']}) ", written)  # "X, also known as Y, ...": as "X (also known as Y)"
    written = said_as_a_relation(as_its_class(written))  # "X means using Y": "X uses Y"; "X = A, B": "X includes A, B"; "Benchmarks for it: A": "Its benchmarks include A"
    split_read = False
    counted = counted_members(written, protected) or members_of_the_ones(written, protected)  # "uses three mechanisms: A, B": each
    reading.claims.extend([Claim(item, "isA", kind, at) for item, kind, at in counted] + [Claim(thing, "includes", way, at) for thing, way, at in ways_within(written, protected)])
    for joined in [0, *(m.end() for m in _AND_THEN.finditer(written))]:  # "..., and tools fall into A and B"
        kinds = kinds_stated(written[joined:], protected)  # "Tools can be A or B", "can be explicit or implicit"
        reading.claims.extend(Claim(kind, relation, other, joined) for kind, relation, other in kinds)
        reading.claims.extend(Claim(whose, relation, item, joined) for whose, relation, item in its_kinds(written[joined:], protected))
        parts = parts_it_is_split_into(written[joined:], protected)
        reading.claims.extend(Claim(whole, "contains", part, joined) for whole, part in parts)
        split_read = split_read or bool(parts or kinds)  # "is split into A and B": parts or kinds read whole, no phrase's object
    split_up = split_by_writer(written, protected)
    reading.claims.extend(Claim(whole, relation, part, 0) for whole, relation, part in split_up)
    split_parts = [] if split_up else parts_a_thing_is_split_into(written, protected)  # "APIs split the prompt into A and B"
    reading.claims.extend(Claim(whole, "contains", part, 0) for whole, part in split_parts)
    reading.claims.extend(Claim(kind, "isA", thing, at) for kind, thing, at in parenthesised_kinds.kinds_in_parentheses(written, protected))  # "batching (static, dynamic)"
    text = without_relatives_in_lists(semicolon_list(plain(written)))
    makers = makers_from(text)  # "DSPy, from Stanford,", "GPT-4, made by OpenAI,", "Tools: vLLM, TGI from Hugging Face"
    made = [Claim(name, "developedBy", maker, at) for name, maker, at in makers]
    listed = without_maker_asides(text, makers)  # "GPT-4, made by OpenAI, and Llama, made by Meta, are ...": each its maker's
    if read_naming(listed, reading, protected) or read_also_called(listed, reading) or read_examples(listed, reading, protected) \
            or (not counted and read_labelled_list(listed, reading, protected)) or read_pointer(written, reading, protected):
        reading.claims.extend(_said_in_asides(listed, protected) + made)  # "Tools I tried: llama.cpp (which uses the GGUF format)"
        return reading
    stated, rest = opening(text)  # "Introduced in Wei et al. (2022), CoT prompting ...", "Unlike RNNs, ..."
    reading.claims.extend([Claim(subject, relation, obj, 0) for subject, relation, obj in stated] + [claim for claim in made if claim.offset >= rest])
    unopened, text = text, " " * rest + listed[rest:]  # the rest is read as ever, offsets kept
    main: Phrase | str = CURRENT
    main_ended = several = False  # whether a relation phrase ends the main clause's subject (else the tagger guessed where)
    negated: list[tuple[int, int]] = []  # the clauses a negation denies
    last: Phrase | None = None
    last_doing = False  # whether that object ends a doing ("focuses on building apps on top of X"): a ", which" after it is the doing's
    previous: str | None = None  # the last relation phrase read, to tell what "that" refers to
    fresh: Phrase | None = None  # the last object of the clause before this one
    found = clauses_of(named_first(text))  # "A popular tool, DigLog, maps dens": DigLog maps them
    said_of: Phrase | str = CURRENT  # the subject of the clause before
    for index, (start, kind, clause) in enumerate(found):
        prior, fresh = fresh, None
        aside = inside_parentheses(clause)  # "better than Act (involves acting only)": said of Act, by the way
        matches = [m for m in relation_matches(clause) if not aside[m.start()] and not a_plural_noun(clause, m)  # "benchmarks, such as"
                   and not training_of_another(m.group(), clause[: m.start()]) and not on_condition(clause[: m.start()], m.group())]
        before = clause[: matches[0].start()] if matches else clause
        if kind == ",which" and index and (said := object_relative(clause)) is not None \
                and (antecedent := last if last is not None and words(found[index - 1][2])[-len(words(last.label)):] == words(last.label)
                     else noun_phrase_ending(found[index - 1][2])) is not None:  # "GQA, which Llama 3 uses,": Llama 3 uses GQA
            reading.claims.append(Claim(antecedent, said[1], said[0], start) if said[2] else Claim(said[0], said[1], antecedent, start))
            continue
        if kind == ",including":  # "several tools, including Kite": tools include Kite; no verb after is theirs
            if prior is not None and matches:
                reading.claims.extend(Claim(prior, "includes", obj, start) for obj in objects_after(clause[matches[0].end():], protected)[0])
            continue
        if kind == "main":
            qualified = index + 1 < len(found) and found[index + 1][1] in ("that", "which")  # "Goodput is throughput that meets ..."
            copular = plural_copula(clause, matches, protected) or mass_copula(clause, matches, qualified) or listed_members(clause, protected) or one_of_a_kind(clause)
            reading.claims.extend(Claim(subject, "isA", kind, at) for subject, kind, at in copular)
            several = len(copular) > 1  # "A, B and C are ...": no one of them is the sentence's subject
            reading.claims.extend(Claim(a, relation, b, start) for a, relation, b in side_by_side(clause, protected))  # "A and B are different"
        elif kind == ",and" or kind in _SUBORDINATE and not ARTICLE.match(clause.strip()):  # "..., and wombats are burrow diggers", "since dens are burrows": what the clause's own subjects are
            reading.claims.extend(Claim(subject, "isA", kind_of, start + at) for subject, kind_of, at in plural_copula(clause, matches, protected))
        if kind in CONDITIONS or clause.rstrip(" .,").endswith("respectively") or kind == "that" and index and picked_by_its_clause(found[index - 1][2], clause):
            subject = NOBODY  # "A model that works with X is a Y": which model; "if badgers use clay": no one said they do; "A and B use X and Y, respectively"
        elif kind == "that" and opens_with_a_subject(clause):
            # "Results show that ReAct uses ...", "they claim that this is ...": a subject of its own; a pronoun there points at nothing named
            subject = subject_of(before)
            subject = NOBODY if subject == CURRENT else subject
        elif kind in {"main", ",while", ",whereas", ",but", ",so", "so", ",and", ",or", "while", "whereas", "but", ";", *_SUBORDINATE}:
            # with no relation phrase, what comes before the tagger's verb: "Finetuning improves A, B and C, but it ..."
            subject = subject_of(before if matches or "," not in before else clauses.before_verb(before), at_start=start == 0)
            if kind in _SUBORDINATE and (subject == CURRENT or isinstance(subject, Phrase) and not subject.is_name) and ARTICLE.match(before.strip()):
                subject = NOBODY  # "because the responses were written by humans", "is when a model ...": of something said before, or none
            if kind in (",while", ",whereas") and index == 1 and isinstance(subject, Phrase) and set_apart(main, subject, found[0][2], clause):
                reading.claims.append(Claim(main, "contrastsWith", subject, start))  # "A does X, while B does Y": the two set apart
            if kind == "main" and matches and clauses.instructions_in_a_row(before, matches[0].group().split()[0]):
                subject = NOBODY  # "version dens, use moss tracking, ...": instructions in a row, no subject set off by a comma from its verb
            if kind == "main":
                main, main_ended = subject, bool(matches)
                if isinstance(subject, Phrase) or (subject == NOBODY and (situated := situation_of(before)) is not None):
                    reading.subject = subject if isinstance(subject, Phrase) else situated  # "X is where ...": X, no claim of it
            elif subject == CURRENT and kind == ";" and not before.strip() and matches and clauses.is_base_verb(matches[0].group().split()[0]):
                subject = NOBODY  # "split by roots; use some overlap": an instruction to the reader
            elif subject == CURRENT and kind in {",and", ",or"} and isinstance(said_of, Phrase):
                subject = said_of  # "..., while observability is X, and it uses logs": the clause before's subject
            elif subject == CURRENT and kind != "main" and _PLURAL_PRONOUN.search(before) and isinstance(main, Phrase) \
                    and not several and not _names_several(clauses.before_verb(found[0][2])):
                subject = NOBODY  # "The judge favors longer answers, even when they contain errors": the answers, not the judge
            elif subject == CURRENT:
                # "X correlates with Y but suffers from Z": X only where a relation phrase ended it, or a pronoun
                subject = main if (kind != "but" or main == CURRENT or main_ended) and not unnamed_subject(kind, before) else NOBODY
        elif kind == "whose":
            subject = NOBODY  # "two matrices whose product is a low-rank update": the product, which no name holds
        elif kind in {"who", ",who", ",whose"}:
            subject = last or main
        elif kind in {"that", "which"} and (previous is not None and not _COPULAR.match(previous) or previous is None and index > 0 and (
                clauses.verb_but_no_copula(found[index - 1][2]) or clauses.imperative(found[index - 1][2].split(": ")[-1].strip()))):
            noun = found[index - 1][2].split()[-1:] if index else []  # "used in scenarios that involve ...", "Keep dens that hold X": no name
            # "include toxic responses, responses that contain X": a bare plural the clause narrows; "a closer look at reasoning that spans": an object not read
            subject = NOBODY if (noun and is_shell(noun[0])) or (last is not None and bare_plural(last)) or last is None else last
        elif kind == "which" and previous is None and index and (named := name_ending(found[index - 1][2])) is not None:
            subject = named  # "A for X, and Zorpco's Trowel which lets you dig": the name right before
        elif kind == ",which" and previous is None and index and clauses.has_finite_verb(found[index - 1][2]):
            # "agents improve in AlfWorld tasks, which involve ...": the tasks, unnamed; "the refinement is TF-IDF, which combines ...": TF-IDF
            subject = name_ending(found[index - 1][2]) or plural_ending(found[index - 1][2], clause) or NOBODY
        elif kind == ",which" and previous is None and index and not clauses.PARTICIPLE.match(found[index - 1][2]):  # "Core component: the
            subject = noun_phrase_ending(found[index - 1][2]) or (own if isinstance(own := subject_of(found[index - 1][2]), Phrase) else NOBODY)
            # mechanism, which uses"; "Wombat, which is an encoder, uses ...": Wombat; "Fixed the problems of X, which used Y": nothing read
        elif kind == ",which" and previous is not None and last is not None and not last_doing \
                and words(found[index - 1][2])[-len(words(last.label)):] == words(last.label):
            subject = last  # "Kestrel uses Wombat, which uses attention": the object before the comma
        elif kind == ",which" and previous is not None and (last is None or (not last_doing and relation_matches(found[index - 1][2]))):
            subject = NOBODY  # "X replaced the Y, which ...", "has A on B, followed by C, which ...": what no object read holds
        elif kind == ",which" and previous is not None and not relation_matches(found[index - 1][2]):
            # "...; it differs from ensembling, which combines outputs": the phrase before the comma; "building X, which ...": the activity
            subject = noun_phrase_ending(found[index - 1][2]) or NOBODY
        else:
            subject = main
        if kind == ",which" and "," in before and (own := subject_of(before.rsplit(",", 1)[1])) != CURRENT:
            subject = own  # "feedback, which is stored in memory, the model makes use of ...": the clause after the aside
        if subject == NOBODY and kind == "main" and matches and relation_at(matches[0]) == "includes" and len(before.split()) == 1 and names_kinds(before):
            subject = CURRENT  # "Techniques include A and B": a bare word for kinds, the entry's own
        subject = NOBODY if kind == "main" and index + 1 < len(found) and found[index + 1][1] == "that" and extraposed(clause, " ".join(c for _s, _k, c in found[index + 1:])) else subject
        subject = said_after_a_colon(clause, 0, matches[0].start()) or NOBODY if subject == NOBODY and matches else subject  # "Firms skip it: A uses X"
        said_of = subject
        if subject == NOBODY:
            continue
        following, said_next = found[index + 1][1:] if index + 1 < len(found) else (None, "")  # the next clause's kind and words
        if kind == "main" and not matches and following in {"that", "which", "who"} and (picked := definite_kind(clause)) is not None:
            reading.claims.append(Claim(subject, "isA", picked[0], start + picked[1]))  # "X is the algorithm that ..."
        elif kind in {"main", ";", ",and"} and not matches and (ranked := ranked_kind(clause, isinstance(subject, Phrase) and subject.is_name)) is not None:
            # "MMLU is the classic benchmark"; "X is ...; A and B are examples", "... and BERT is the classic example": of X
            ranked = main if ranked == CURRENT and kind != "main" and isinstance(main, Phrase) else ranked
            reading.claims.extend(Claim(each, "exampleOf" if an_example_alone(clause) else "isA", ranked, start) for each in each_subject(subject, protected))

        if kind in {"who", ",who", ",whose"} and not matches:
            reading.claims.extend(Claim(subject, "relatedTo", noun_phrase(n), start) for n in NAMED.findall(clause))
            continue
        if (denied := _NEGATION.search(before)) is not None:
            negated.append((start + denied.start(), start + len(clause)))  # "Kestrel does not use attention": no claim
            continue
        clause_subject, after_colon = subject, None
        for index, match in enumerate(matches):
            aside = participle_aside(clause, match.start())  # "PagedAttention, developed for vLLM, ...": the name's, to its comma
            subject = after_colon or aside or said_after_a_colon(clause, matches[index - 1].end() if index else 0, match.start()) or clause_subject
            if index and last is not None and _APPOSED.search(clause[matches[index - 1].end() : match.start()]):
                subject = last  # "X is a form of Y, a concept first introduced by Z": Z made Y
            after_colon = None
            if index and _OWN_SUBJECT.search(clause[matches[index - 1].end() : match.start()]) \
                    or done_by_the_one_caused(clause, match) or _of_the_plural_before(clause, match, subject) \
                    or _ASKED.search(clause, 0, match.start()) or _READER_DOES.search(clause, 0, match.start()) or verb_of_a_contact_clause(clause[: match.start()]):
                continue  # "measures the tokens per second a service can generate", "lets a model use X", "measures how", "if you use X": theirs
            end = matches[index + 1].start() if index + 1 < len(matches) else len(clause)
            relation, segment = relation_at(match), clause[match.end() : end]
            segment = segment.split(", ")[0] if aside is not None else aside_ended(clause[: match.start()], match.group(), segment)  # "..., proposed by Acme Labs, maps tunnels"
            if end < len(clause) and ": " in segment and keep(named := noun_phrase(segment.rpartition(": ")[2].strip())):
                # "RAG is a special case: retrieval is just one tool": what follows the colon is the next verb's subject
                segment, after_colon = segment.rpartition(": ")[0], named
            if relation == "trainedOn" and names_a_machine(segment):
                continue  # "Guanaco was finetuned on a single 48 GB GPU": where it ran, no data it learned from
            if relation == "includes" and subject == CURRENT and names_kinds(clause[: match.start()]):
                relation = "hasKind"  # "Key methods include A and B": kinds of an entry that names a kind
            elif relation == "includes" and includes_kinds(clause[: match.start()]):
                reading.subject = None if reading.subject is subject else reading.subject  # "Defenses include": no name
                continue  # "Sampling methods include top-k sampling": members of a kind, read as examples below
            if relation == "includes" and isinstance(subject, Phrase) and picks_members(clause[: match.start()]):
                reading.claims.extend(Claim(obj, "isA", subject, start + match.start()) for obj in objects_after(segment, protected)[0])
                continue  # "Popular techniques for task decomposition include CoT": CoT is one of them
            if isinstance(subject, Phrase) and subject.label.endswith(" et al.") and relation not in _BY_AGENT:
                continue  # what authors did in their paper is no property of theirs: only what they made
            previous = match.group()
            if relation in {"usedFor", "includes", "trainedOn", "producedBy"} and describes_the_noun_before(clause, match, matches[:index]):
                if relation in {"trainedOn", "producedBy"} and (noun := noun_phrase_ending(clause[: match.start()])) is not None \
                        and not clauses.has_finite_verb(noun.label):
                    # "uses a reward model trained on X", "filters data generated by models": said of the noun
                    reading.claims.extend(Claim(noun, relation, obj, start + match.start()) for obj in objects_after(segment, protected)[0])
                continue  # "... the technology used to create Quill": what that technology is for
            at = start + match.start()
            if labels_a_list(clause, match, isinstance(subject, Phrase) and subject.is_name):
                continue  # "warmth benchmarks: A, B": a plural noun labelling a list, no verb
            if clause[: match.start()].rstrip().endswith(":") and (clauses.has_finite_verb(clause[: match.start()])
                                                                 or clauses.is_base_verb(match.group().split()[0])):
                continue  # "Huyen recommends X: generate a plan, validate it": steps for the reader, no one's doing
            if split_read and match.group().lower().endswith(" into"):
                continue  # "Latency is split into time to first token and ...": read whole above, not cut at "to"
            if _SPLITS_IT.fullmatch(match.group()):  # "Huyen splits it into A and B": the entry is what is split
                reading.claims.extend(Claim(CURRENT, "includes", obj, at) for obj in objects_after(segment, protected)[0])
                continue
            if relation == "produces" and subject == CURRENT and not clause[: match.start()].strip() \
                    and clauses.is_base_verb(match.group().split()[0]):
                continue  # "- **pass@k**: generate k samples per problem": a step of how it works, no output of it
            if relation == "produces" and _CUTS.match(match.group()) and isinstance(subject, Phrase) and not names_a_doing(subject.label):
                continue  # "INFOBench breaks each instruction into criteria": how it works; "Chunking splits X into Y" makes Y
            if (pairs := gapped_pairs(segment, match.group())) is not None:  # "trained on data: A on X, B on Y"
                reading.claims.extend(Claim(a, relation, b, at) for a, b in (map(noun_phrase, pair) for pair in pairs) if keep(a) and keep(b))
                continue
            if (gapped := gapped_after(segment, match.group(), subject.label if isinstance(subject, Phrase) else None)) is not None:  # "designed for X, GPU for Y"
                segment = gapped[0]
                reading.claims.extend(Claim(a, relation, b, at) for a, b in (map(noun_phrase, pair) for pair in gapped[1]) if keep(a) and keep(b))
            if _IT.match(segment) and isinstance(subject, Phrase) and subject.is_name and len(subject.label.split()) <= 4 \
                    and not _OBJECT_BEFORE.search(clause[: match.start()]) and not EXAMPLES_CUE.search(clause[: match.start()]) \
                    and (inverse := vocab.relation(relation).inverse) is not None:  # not "trains a model and then uses it"
                reading.claims.extend(Claim(CURRENT, inverse, each, at) for each in each_subject(subject, protected))  # "Chatbot Arena uses it": the entry is used by it; "A and B use it": by each
                reading.subject = None if reading.subject is subject else reading.subject  # and stays what "it" is
                continue
            if relation == "uses" and QUOTED_WORD.match(segment):
                continue  # 'Huyen uses "open model" loosely for ...': the word, as a writer uses it, no thing used
            objects, located, purpose, examples = objects_after(plus_as_and(segment, relation), protected, kind_stays=relation == "uses",
                                                                after_an_article=_ARTICLE_LAST.search(match.group()) is not None, a_purpose=relation == "usedFor")
            narrows = index == len(matches) - 1 and len(objects) > 1 and (following in {"that", "which", "who"} and bare_plural(objects[-1])
                or following == ",which" and ", and " in segment and verb_after_the_aside(said_next))  # ", and B, which ..., lets"
            objects, narrowed = (objects[:-1], objects[-1]) if narrows else (objects, None)  # "include bad X, X that leak ...": some X
            if relation == "usedBy":
                objects = [obj for obj in objects if obj.is_name]  # "used by Elasticsearch"; not "used by default", "by many teams"
            elif relation == "includedIn":
                objects = [obj for obj in objects if not obj.is_name]  # "belongs to the X layer"; not "belongs to Google"
            elif relation == "usedFor" and match.group().lower().endswith("used in") and objects \
                    and all(a_name(o) and not o.label.split()[0].islower() for o in objects):  # not "mobile AI", a field
                relation = "usedBy"  # "used in Llama 3 and Mistral 7B": the models use it; "used in search" is what it is for
            if subject == CURRENT and match.group().split()[0].lower() in gapped_base_forms():
                continue  # "Split the dataset into K folds": an instruction; "Models split text into tokens" is read
            if match.group().lower().endswith("used to"):  # "used to compare models": a verb follows, read below
                objects, located, purpose, examples = [], [], [], []
            if match.group().lower() in generated_forms():  # a verb form the vocabulary does not list: surer objects only
                objects = [o for o in objects if " of " not in o.label]
            if relation == "isA" and re.match(r"\s*another\b", segment, re.IGNORECASE):
                objects = []  # "BioNeMo is another model": one more of the kind the notes list
            relation = "partOf" if relation == "isA" and subset_of_a_name(segment, objects) else relation  # "is a subset of Common Crawl"
            if relation == "isA":  # "a universe of subfields" says what it holds; "is an ANN library": a kind, no name's
                objects = [as_kind(o) for o in objects if not gathers(o.label) and not poorly_judged(o.label)]  # nor "a poor proxy"
            if relation in {"developedBy", "createdBy"}:
                objects = [o for o in objects if o.is_name or not opens_with_a_doing(o.label)]  # "made by stacking two models": how, not who
                objects = makers_named(objects, located)  # "by researchers at Stanford": Stanford
            if objects and not _a_doing(objects[-1].label) and kind not in ("that", "which"):  # "predicting prices (e.g., rents)": of no doing;
                # "model that produces embeddings, e.g. CLIP": examples of the model as likely as of what it produces
                reading.claims.extend(Claim(example, "isA", objects[-1], at) for example in examples)  # "tools, e.g. Kite"
            kinds = named_kinds(segment, protected)
            objects = [named for named, _kind in kinds] or objects
            reading.claims.extend(Claim(named, "isA", kind, at) for named, kind in kinds if kind is not None)
            if relation in _BY_AGENT:  # "OpenAI released GPT-4": GPT-4 developedBy OpenAI, if a name did it
                if isinstance(subject, Phrase) and subject.is_name:
                    # "Kim et al. (2021) introduced den adapters: small ...": what they made, bare ("proposed a new framework" names none)
                    if cited := (written_makers(subject.label)[0][1] and not re.match(r"\s*(?:an?|the|this|these|its|their|new)\s", segment, re.I)):
                        objects = objects_after(segment.split(": ")[0], protected)[0] if ": " in segment else objects
                    made = [obj for obj in objects if obj.is_name or (cited and not opens_with_a_doing(obj.label))] + [e for e in examples if e.is_name]
                    reading.claims.extend(Claim(obj, _BY_AGENT[relation], subject, at) for obj in made)
                    if kind == "main" and objects and objects[0].is_name:
                        reading.subject = objects[0]  # "Kim et al. proposed Ridge. It uses ...": "it" is Ridge
                    reading.claims.extend(Claim(obj, "isA", kind, at) for obj in objects[:1] for kind in kind_after_name(segment, obj))
                last, last_doing = (objects[-1], is_action(segment.strip())) if objects else (last, last_doing)
                fresh = last
                continue
            reading.claims.extend(Claim(obj, "isA", kind, at) for obj in objects[:1] for kind in kind_after_name(segment, obj))
            if relation == "isA" and not objects and (shell := shell_kind(segment, protected)) is not None:
                reading.claims.append(Claim(subject, "isA", shell, at))  # "is a technique that ...": a class, no edge
            if relation == "isA" and objects and isinstance(subject, Phrase) and (made := maker_closing(segment, subject)) is not None:
                reading.claims.append(Claim(subject, "developedBy", made, at))  # "BERT is a masked language model (Google).": its maker
            held = re.sub(r"^(?:an?|the)\s+", "", segment.strip(), flags=re.IGNORECASE)
            if relation != "isA" or not gathers(held):  # not "a collection of trees"; a part: "uses a retrieval module", "belongs to the X layer"
                reading.claims.extend(Claim(subject, _PART_RELATIONS.get(relation, relation) if _a_part(obj) else relation, obj, at) for obj in objects)
            elif _CONTAINER.match(held):  # "a store of the key and value vectors", "a hybrid of A and B": what it holds
                held_in = objects_after(f" {_CONTAINER.sub('', held, count=1)}", protected)[0]  # each part, the container's word aside
                reading.claims.extend(Claim(subject, "contains", obj, at) for obj in held_in or objects)
            if relation not in {"developedBy", "createdBy"}:  # "by Hu et al. at Microsoft": where they work, no relation
                reading.claims.extend(Claim(obj, "relatedTo", place, at) for obj in objects for place in located)
            # "uses moss for bedding": the moss is for it; "a model for translation", "is used for": the subject ("a metric for": measures)
            reading.claims.extend(Claim(u, purpose_relation(relation, objects), g, at) for u in (objects if relation == "uses" else [subject]) for g in purpose)
            if relation == "usedFor":  # "used (in neural networks) to prevent overfitting": for preventing overfitting
                reading.claims.extend(Claim(subject, "usedFor", goal, at) for goal in infinitive_purpose(match.group(), segment))
            last, last_doing = (narrowed or objects[-1], is_action(segment.strip())) if objects else (last, last_doing)
            fresh = last
    if (authored := made_by(text)) is not None and not negated:  # "X is a book by Ada Moreno"
        reading.claims.append(Claim(*authored, 0))
    reading.claims.extend(Claim(*work, 0) for work in quoted_works(unopened))  # 'the paper "Title" by Kim et al.', after an opening too
    if not negated:
        reading.claims.extend(Claim(*owned, 0) for owned in owners_kind(text))  # "Wombat is Google's open model"
    if not negated and (suffered := problems(text, protected)):  # "X is a failure mode of LLMs" says what LLMs suffer from, not what X is
        reading.claims = [c for c in reading.claims if not (c.relation == "isA" and names_a_problem(c.object.label))]
        reading.claims.extend(Claim(thing, relation, what, 0) for thing, relation, what in suffered)
    # "optimization algorithms like Adam", wherever it stands (the opening too: "Unlike encoder-only models such as BERT"); "A, B and other Cs"
    reading.claims.extend(Claim(one, "isA", kind, at) for one, kind, at in kinds_with_examples(unopened, protected) + named_with_others(unopened))
    reading.claims.extend(Claim(name, "isA", kind, at) for name, kind, at in appositions(text) + kind_aside(text) + names_of_a_kind(text))
    reading.claims.extend(_said_in_asides(text, protected))
    reading.claims.extend(Claim(thing, "usedFor", goal, 0) for thing, goal in advice(text, protected))  # "Use dropout to prevent overfitting"
    reading.claims.extend(Claim(thing, "usedFor", goal, 0) for thing, goal in what_it_solves(text, protected))
    reading.claims.extend(Claim(thing, relation, goal, 0) for thing, relation, goal in a_way_to(text, protected))
    reading.claims.extend(Claim(thing, relation, what, 0) for thing, relation, what in measured_with(text, protected))  # "Measure X with A"
    if measured := measured_or_done_with(text, protected):  # "Measured by A", "Usually done with B": of the thing the note is on
        reading.claims.extend(Claim(CURRENT, relation, thing, 0) for relation, thing in measured)
        reading.subject = None  # the sentence has none
    if (versus := contrasted_aside(text, protected)) is not None:  # "a judgment without ambiguity (vs subjective evaluation)"
        reading.claims.append(Claim(versus[0], "contrastsWith", versus[1], 0))
    if (beside := compared_with(written, protected)) is not None:  # "An alternative to RLHF." (as written: plainer wording pads it)
        reading.claims.append(Claim(CURRENT, beside[0], beside[1], 0))
        reading.subject = None
    for relation, typed, pieces in (("contains", None, split_into(text, protected)), ("hasKind", "type", sorted_into(text, protected)),
                                    ("uses", None, what_it_needs(text, protected))):
        reading.claims.extend(Claim(CURRENT, relation, piece, 0, kind=typed) for piece in pieces)  # "Broken down into A and B.", "Falls into two groups: A, B."
        reading.subject = None if pieces else reading.subject
    if (kind := a_kind_of(text, protected)) is not None:  # "A form of tunnel maintenance."
        reading.claims.append(Claim(CURRENT, "isA", kind, 0))
        reading.subject = None
    if parts := part_of(text, protected):  # "Part of X, together with A and B"
        reading.claims.extend(Claim(part, "partOf", whole, 0) for part, whole in parts)
        reading.subject = None
    if tools := tools_for_tasks(text):  # "It includes NumPy for arrays, Pandas for tables": each task is its tool's
        reading.claims = with_tools(reading.claims, tools)
    if split_parts:  # what is split holds its parts; the splitter produces none of them
        reading.claims = [c for c in reading.claims if not (c.relation == "produces" and any(c.object == p for _w, p in split_parts))]
    # "They don't suffer from mode collapse like GANs": nothing after a negation is stated; "e.g. flip a photo of a
    # cat and it is still a cat": an illustration, whose "it" is no kind of the thing at hand ("e.g. use dropout" is its way)
    shown = (illustrating := _ILLUSTRATION.match(text)) is not None and clauses.is_base_verb(illustrating["verb"])
    reading.claims = [c for c in reading.claims if not any(a <= c.offset <= b for a, b in negated)
                      and not (shown and c.subject == CURRENT and c.relation == "isA")]
    reading.claims = [replace(claim, subject=one) if isinstance(claim.subject, Phrase) else claim for claim in reading.claims for one in (
                      [claim.subject] if claim.relation == "createdBy" and in_quotes(claim.subject, sentence) else each_subject(claim.subject, protected, claim.object if claim.relation == "isA" else None))]  # a title in quotes is whole
    reading.claims = cited_beside_the_maker(reading.claims) + [Claim(c.subject, "uses", used, c.offset) for c in reading.claims  # "a GPT-4-powered agent"
                                                               if c.relation == "isA" and isinstance(c.object, Phrase) and (used := powered_by(c.object.label)) is not None]
    if reading.subject is not None and (several or len(each_subject(reading.subject, protected)) != 1):
        reading.subject = None  # two subjects: "it" in the next sentence is neither for sure
    return reading


def _said_in_asides(text: str, protected: set[str]) -> list[Claim]:
    """ "llama.cpp (which uses the GGUF format)": what a relative clause in parentheses says of the name before it."""
    return [replace(claim, offset=at) for aside, at in relative_asides(text)
            for claim in read(aside, protected).claims if isinstance(claim.subject, Phrase)]


def _a_part(phrase: Phrase) -> bool:
    """ "an information retrieval component", "a gating module": a thing named as a part of a whole."""
    return not phrase.is_name and phrase.label.split()[-1].lower() in PART_WORDS and " " in phrase.label


def _a_doing(label: str) -> bool:
    """ "predicting continuous outputs", "building apps": a verb and its object ("scoring functions" may be a kind of function)."""
    return is_action(label) or (len(words := label.split()) > 2 and opens_with_a_doing(label) and tagged(words[1])[0][1] in ("JJ", "DT"))


_ARTICLE_LAST = re.compile(rf"\b(?:an?|the|an?\s+{KIND_OF})\s*$", re.IGNORECASE)  # "is a", "is the", "is a kind of"


def _names_several(subject: str) -> bool:
    """ "Public benchmarks like MMLU", "LoRA and QLoRA": a subject that "they" may point back to."""
    return re.search(r"\s(?:and|or)\s", subject) is not None or any(t in ("NNS", "NNPS") for _w, t in tagged(subject))


_IT = re.compile(r"\s*(?:it|them|this|these)(?:\s+(?:to|for|with|in|on|as|by|too)\b|\s*[,;.]|\s*$)", re.IGNORECASE)  # an object that is the entry
_OBJECT_BEFORE = re.compile(r"\b(?:an?|the|this|that|these|those)\s", re.IGNORECASE)
_CUTS = re.compile(r"(?:splits?|breaks?)\s", re.IGNORECASE)  # "splits ... into": what a doing makes, not a thing
_SPLITS_IT = re.compile(r"\S+\s+it\s+into", re.IGNORECASE)  # a phrase "splits ... into" around "it"
# a noun and a modal right before a verb: a subject of the verb's own, not "... and can"; "A or B, the latter used in X": B's; ", and sweeping the tunnels helps": a doing's
_OWN_SUBJECT = re.compile(r"(?<![\w-])(?!(?:and|or|but|also|that|which|who|it|they)\s)[a-z][\w-]*\s+(?:can|could|will|would|may|might|must|should)\s*$"
                          r"|\bthe\s+(?:former|latter)\s+(?:(?:is|are|was|were)\s+)?$|,\s+(?:and|or|but|so)\s+[a-z]+ing\s+(?:the|a|an|it|them|one|its|their|this|these|those|each|every)\s[^,;]*$", re.IGNORECASE)
def _of_the_plural_before(clause: str, match: re.Match[str], subject: Phrase | str) -> bool:
    """ "Den sharing means several wombats using one den": a participle right after a plural that a
    singular subject cannot be is that plural's doing ("Agents are systems using tools" is the agents')."""
    before = clause[: match.start()].split()
    if not match.group().lower().startswith(USING) or len(before) < 3 \
            or not isinstance(subject, Phrase) or any(singular_phrase(a) != a for a in subject.aliases) \
            or not _LINKING.search(clause, 0, match.start()):
        return False  # "holds tunnels using roots": the holding's instrument, the subject's
    return tagged(" ".join(before[-2:]))[-1][1] == "NNS"


_LINKING = re.compile(r"\b(?:is|was|means|refers\s+to|describes|denotes)\s", re.IGNORECASE)
_CONTAINER = re.compile(r"(?:collection|set|group|list|store|suite|bundle|stack|combination|mix|hybrid|blend)\s+of\s|" + HELD_AFTER_COLON, re.IGNORECASE)
_APPOSED = re.compile(r",\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?(?:\s+(?:first|originally|later|also))?\s*$", re.IGNORECASE)
_BY_AGENT = {"developed": "developedBy", "created": "createdBy"}  # active voice, stated the other way round
# ", usually a vector database": what the thing before often is, no peer in a list; "an entrance (where ...)", ", which I'll memorize: A, B", ", per Kim": its source
_HEDGED = re.compile(r",\s+(?:usually|often|typically|sometimes|generally|commonly)\s+(?:an?|the)\s+[^,.;:]+|\s\((?:where|what|when|how)\s[^()]*\)"
                     r"|,\s+which\s+(?:I|we)\b[^:;,]*(?=:)|,\s+(?:per|according\s+to|as\s+per)\s+[^,;:()]{1,40}$|\s\((?:per|according\s+to)\s[^()]*\)", re.IGNORECASE)


def is_shell_kind(claim: Claim) -> bool:
    """An isA claim whose object is a shell noun ("a technique"): a class for its subject, no edge."""
    return claim.relation == "isA" and is_shell(claim.object.label)
