"""Wording that says what a plainer wording does, rewritten before a sentence is read: "It's" is
"It is", "a fundamental part of" is "a part of", "another type of" is "a type of", "is the latest
GPT-4 model" is "is a GPT-4 model", "combines A with B" is "combines A and B", "includes familiarity
with NumPy" is "includes NumPy", "has two components:" is "contains:", "fall into two groups:" is
":", "can be viewed as a", "is defined as a", "we refer to X as a" and "she defines X as a" are "is a",
"are two other notable examples of" is "are examples of"; adverbs and openings such as "Note that" say
nothing of what relates to what.
Every rewrite after the first keeps the text's length, so that offsets into it still point at the
sentence. Knows English wording only."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.ingest import clauses, tagger
from kg.ingest.lists import without_asides
from kg.ingest.marks import ARROW
from kg.ingest.modifiers import EVALUATIVE, an_adjective, compares, is_shell, without_judgement
from kg.ingest.nouns import opens_with_a_doing

_CONTRACTION = re.compile(r"\b(?P<who>it|that|this|there|what|he|she|they|we|you|i)['’](?P<verb>s|re|ll|ve|d)\b", re.IGNORECASE)
_CONTRACTED = {"s": "is", "re": "are", "ll": "will", "ve": "have", "d": "would"}
# "can't", "don't", "isn't": the verb and "not", which the tagger reads ("ca n't" made a concept "n t change")
_NEGATED = re.compile(r"\b(?P<verb>[a-z]+)n['’]t\b", re.IGNORECASE)
_NEGATED_STEM = {"ca": "can", "wo": "will", "sha": "shall"}
# "dont", "doesnt", "cant": the same, written without the apostrophe
_UNMARKED_NEGATION = ("dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "shouldnt", "couldnt", "wouldnt", "hasnt", "havent", "cant", "wont")
_NEGATED_UNMARKED = re.compile(rf"\b(?P<verb>{'|'.join(word[:-2] for word in _UNMARKED_NEGATION)})nt\b", re.IGNORECASE)
_DANGLING = re.compile(r"\s+(?:that|which|who|where|by|because)$", re.IGNORECASE)
# "So long context is a memory problem", "And dens flood": a word that joins the sentence to the one before opens no name
_DISCOURSE = re.compile(r"^(?:note|notice|remember|recall|observe|keep in mind|bear in mind)(?:\s+that\b|\s*:)\s*|^(?:tip|pro\s+tip|fyi|aside|btw)\s*:\s*"
                        r"|^(?:note|NB)\s+(?=(?-i:[a-z]))(?!\w+ing\b)"  # "Note moss dens ≠ clay dens": the reader is told; not "note taking"
                        r"|^(?:so|thus|hence|therefore|and|but|yet|(?:that|this|which)(?:'s|’s|\s+is)\s+why)\s+(?!far\b|called\b|that\b)", re.IGNORECASE)
# "There are two types: A and B", "There are tools that automate digging: A, B": the plural and its list, as "Two types:
# A and B" says them
_THERE_ARE = re.compile(r"^there\s+(?:are|exist)\s+(?=(?:two|three|four|five|several)\s+(?:main\s+)?(?:types|kinds|categories|forms|families)\s*:"
                        r"|(?:many\s+|several\s+|some\s+)?[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}s\s+(?:that|which)\s[^:;]{2,80}:\s)", re.IGNORECASE)
# "Its done with ...", "Its a kind of ...": "It's", written without its apostrophe
_ITS_IS = re.compile(r"^its(?=\s+(?:a|an|the|done|used|called|based|not|also|just|mostly|usually|often)\s)", re.IGNORECASE)
# ", as she breaks it down,", ", as the book puts it,", ", according to the author,": whose words these are
_SOURCE_ASIDE = re.compile(r",\s*(?:as\s+(?:she|he|they|we|I|you|the\s+(?:book|author|chapter|paper))\s+[a-z]+(?:\s+it)?(?:\s+(?:down|out))?"
                           r"|according\s+to\s+(?:her|him|them|the\s+(?:book|author|chapter|paper)))\s*,", re.IGNORECASE)
# "Den models mentioned in the chapter include A, B": where the writing names them, no part of what they are
_NAMED_IN_THE_WRITING = re.compile(r"\s+(?:mentioned|listed|covered|named|cited|discussed|described)\s+(?:in|by)\s+(?:the|this|that|her|his|my)\s+"
                                   r"(?:chapter|book|paper|post|article|section|talk|lecture|course|notes|author)(?=\s+(?:include|includes|are)\s)", re.IGNORECASE)
# "used for semantic search and for retrieval": the list's preposition said again before its last item
_REPEATED_PREPOSITION = re.compile(r"\b(?P<prep>for|in|on|with)\s[^,;.]{1,60}?\s(?:and|or)\s(?P<again>(?P=prep))\s", re.IGNORECASE)
_ADVERBS = re.compile(
    r"\b(?:commonly|typically|also|often|generally|usually|mainly|primarily|later|mostly|"
    r"frequently|sometimes|still|just|simply|merely|actually|basically|essentially|normally|largely|widely|more|"
    r"originally|independently|jointly|nowadays|currently|recently|by far|in \d{4}|as of [^,]*,?)\b"
    r"|(?<!, )\b(?:particularly|especially|then)\b|(?<!, )\besp\b\.?(?=\s)"  # after a comma they pick out examples ("mechanisms, especially X") or what is next
    r"|,?\s(?:too|as well)(?=\s*(?:$|[.;:—–]|\s-\s))"  # "RAG systems are agents too": so they are
    r"|\b(?:strongly|highly|closely|tightly|weakly|moderately|loosely)\b(?=\s+(?:correlated|related|linked|associated|tied|coupled)\b)",
    re.IGNORECASE,
)
# "a more precise (and more costly) model": a degree of an adjective before a noun compares, as "a smaller model" does,
# and names no kind: both words go, as "more" alone would (not "more accurate than"; after "a", no amount: "more tabular data")
_COMPARED_BEFORE_A_NOUN = re.compile(r"(?:(?<=\ba\s)|(?<=\ban\s))(?:more|less)\s+(?P<adjective>[a-z]+)(?=\s+(?:\([^()]*\)\s+)?"
                                     r"(?!(?:than|to|and|or|but|for|in|of|at|with|on|as|if|when|because)\b)[a-z])", re.IGNORECASE)
# a word each alternative of _ADVERBS needs ("esp" for "especially" too, "related" for "correlated"; its year, "in 2021")
_ADVERB_CUES = ("commonly", "typically", "also", "often", "generally", "usually", "mainly", "primarily", "later", "mostly", "frequently",
                "sometimes", "still", "just", "simply", "merely", "actually", "basically", "essentially", "normally", "largely", "widely",
                "more", "originally", "independently", "jointly", "nowadays", "currently", "recently", "by far", *(f"in {digit}" for digit in range(10)), "as of ", "particularly",
                "esp", "then", "too", "as well", "related", "linked", "associated", "tied", "coupled")
# "(image, text) pairs", "(anchor, positive, negative) triplets": a pair named by what it pairs
_TUPLE_NAMED = re.compile(r"\((?P<members>[\w-]+(?: [\w-]+)?(?:,\s*[\w-]+(?: [\w-]+)?){1,3})\)\s+(?P<noun>(?:pair|tuple|triple|triplet)s?)\b", re.IGNORECASE)
_KIND_NOUNS = r"part|component|kind|type|form|variant|version|branch|subfield"
# "MossSeal does this.", "ClayGuard implements it too": a thing doing what the entry names, as "uses it" says
_DOES_IT = re.compile(r"\b(?:does|did|implements|implemented|applies|applied|adopts|adopted)\s+(?:this|it)(?=\s*(?:[.,;:]|$|\s+(?:too|as\s+well|with|for|in|by)\b))")
_JUDGED_KIND = re.compile(rf"\b(?P<article>an?|the)\s+(?P<adjective>[a-z-]+)\s+(?P<noun>{_KIND_NOUNS})\s+of\b")
# "are two types of quantization", "are the main kinds of", "are the best-known kind of": kinds, however counted
_COUNTED_KINDS = re.compile(r"\bare\s+(?:(?:two|three|four|five|both|several|different|the|main|common|most|best-known|well-known)\s+){1,3}"
                            r"(?P<noun>types?|kinds?|forms?)\s+of\b", re.IGNORECASE)
_ANOTHER_KIND = re.compile(rf"\banother\s+(?:(?:common|popular|important|major|useful|special|key)\s+)?(?P<noun>{_KIND_NOUNS})\s+of\b", re.IGNORECASE)
# "is the latest GPT-4 model", "is the easiest and most common X": one of them; not "is the largest of them", "is the best at ...", "is the best known"
_JUDGED_PART = re.compile(r"(?:part|parts|piece|aspect|bit)\s+of\b", re.IGNORECASE)
_SUPERLATIVE = re.compile(
    r"\b(?P<verb>is|was)\s+the\s+(?P<degree>(?:most\s+)?[a-z-]+(?:\s+(?:and|or)\s+(?:most\s+)?[a-z-]+)?)\s+(?!(?:of|in|at|among|one|to|that|for|and|or)\b)(?=\w)(?![\w-]+\s*(?:$|[,;:.)]))",
    re.IGNORECASE,
)
# "includes familiarity with NumPy", "covers a good understanding of attention": what a course or a
# skill includes, knowing a thing, is the thing; not elsewhere ("tasks requiring an understanding of")
_KNOWING = re.compile(
    r"\b(?P<verb>includes?|involves?|covers?)\s+(?:(?:an?|some|basic|good|solid|deep|strong|working)\s+)*"
    r"(?:understanding|knowledge|familiarity|proficiency|mastery|grasp)\s+(?:of|with|in)\s+(?=\w)",
    re.IGNORECASE,
)
# "has two components: a retriever and a generator": what it contains, listed after the colon
_HAS_PARTS = re.compile(
    r"\b(?:has|have|requires?|needs?)\s+(?:(?:two|three|four|five|six|several|many|multiple|\d+)\s+)?"
    r"(?:(?:main|key|core|major|basic|fundamental|essential)\s+)?"
    r"(?:components|parts|stages|steps|modules|layers|sublayers|levels|tiers|elements|phases|building blocks|capabilities|abilities"
    r"|aspects|dimensions|facets|properties|characteristics|pillars|ingredients)"  # "Data quality has several aspects:"
    r"(?:\s+to\s+[^:;,]{1,60})?(?=\s*:)",  # "require three capabilities to tackle complex tasks:"
    re.IGNORECASE)
# "has two main jobs: scraping and hauling": what it is used for, listed after the colon
_HAS_ROLES = re.compile(r"\b(?P<verb>has|have)\s+(?:(?:two|three|four|several)\s+(?:(?:main|key|core)\s+)?|(?:main|key|core)\s+)"
                        r"(?:jobs|functions|roles|purposes|duties|responsibilities)(?=\s*:)", re.IGNORECASE)
# "are two other notable examples of", "is yet another example of": examples, however counted or judged
# "a pipeline orchestrator (LangChain and LlamaIndex were the examples)": the examples given in parentheses
_EXAMPLES_ASIDE = re.compile(r"\((?P<names>[^()]{1,80}?)\s+(?:are|were)\s+(?:the\s+|some\s+|her\s+|his\s+|their\s+)?examples?"
                             r"(?:\s+(?:given|used|cited|mentioned))?\)", re.IGNORECASE)
_JUDGED_EXAMPLES = re.compile(r"\b(?P<verb>is|are)\s+(?P<words>(?:[\w-]+\s+){1,4}?)(?P<noun>examples?)\s+of\b", re.IGNORECASE)
# a sentence's opening that labels its examples: "Best known example = X", "The classic example is X", "Examples she names: A, B"
_EXAMPLES_LABEL = re.compile(r"^(?:the\s+)?(?P<words>(?:[\w-]+\s+){0,3}?)(?P<noun>examples?)"
                             r"(?:\s+(?:she|he|they|the\s+(?:book|author|chapter|paper)|[A-Z][a-z]+)\s+(?:names|gives|mentions|lists|cites|uses|offers))?"
                             r"\s*(?::|=|\s(?:is|are)\s)\s*", re.IGNORECASE)
_COUNTING = frozenset({"a", "an", "one", "two", "three", "four", "five", "both", "all", "another", "other", "more", "further", "yet",
                       "some", "several", "many", "classic", "prime", "typical", "clear", "concrete", "the", "canonical", "textbook"})
# "PEFT techniques fall into two groups: A and B": a plural and its kinds after the colon, as in "PEFT techniques: A and B"
_DIVIDED = re.compile(
    r"\s+(?:(?:fall|(?:are|can\s+be)\s+(?:divided|split|grouped|categori[sz]ed|classified|broken\s+down|sorted))\s+into|comes?\s+in)\s+"
    r"(?:(?:two|three|four|five|several|many|a\s+few|\d+)\s+)?(?:(?:main|broad|major)\s+)?"
    r"(?:groups|categories|types|kinds|classes|families|flavou?rs|forms|varieties)(?=\s*:)",
    re.IGNORECASE)
# "can be viewed as a form of", "is considered to be a", "is used as a": what the thing is, hedged
_VIEWED_AS = re.compile(
    r"\b(?P<verb>is|are|can\s+be|could\s+be|may\s+be)\s+(?:(?:viewed|seen|thought\s+of|considered|regarded|understood|used|defined|described)\s+as"
    r"|considered(?:\s+to\s+be)?)\s+(?=(?:an?|one)\s)", re.IGNORECASE)
# "we refer to an agent as an LLM-powered system": the agent is one
# "is one of the most popular vector databases": one of them, as "is a" says; not "one of the two"
# "is one of the key components of": "is a component of", a phrase of the vocabulary
_ONE_OF_THE = re.compile(r"\b(?P<verb>is|was)\s+one\s+of\s+the\s+(?:(?:most|best|main|key|many|first|earliest)\s+)?"
                         r"(?:(?P<noun>components|parts|types|kinds|forms|variants|examples)\s+of\b)?(?=\s?[a-z])(?!(?:two|three|few|ways|reasons|things)\b)",
                         re.IGNORECASE)
# "is the first stage of post-training", "is the stage of X in which ...": one of its parts, as "is a stage of" says
_THE_PART_OF = re.compile(r"\b(?P<verb>is|was)\s+the\s+(?:(?:first|second|third|last|final|initial|next|main|key|core)\s+)?"
                          r"(?P<noun>stage|step|phase|part|component|layer)\s+of\b", re.IGNORECASE)
# "Perspective API is one toxicity classifier": one of a kind, as "is a" says; not "is one of", "is one
# way to", "is one more", a count ("is one word long")
_ONE_KIND = re.compile(r"\b(?P<verb>is|was)\s+one\s+(?=[a-z])(?!(?:of|way|ways|reason|thing|more|less|such|another|or|and|to|in|at|"
                       r"word|token|step|time|day|year|hour|minute|second|line|page|sentence|number|value)\b)", re.IGNORECASE)
_REFER_AS = re.compile(r"\b(?:we|i|people|researchers|authors)\s+(?:often\s+|usually\s+)?refer\s+to\s+(?P<thing>[^,;:]{2,60}?)\s+as\s+(?=(?:an?)\s)", re.IGNORECASE)
# "The author defines prompt engineering as the process of ...", "She defines a den as a shelter": what it is
_DEFINES_AS = re.compile(r"\b(?:[Tt]he\s+(?:author|book|chapter|paper)|she|he|they|we|i|[A-Z][a-z]+)\s+(?:also\s+|first\s+)?defines\s+"
                         r"(?P<thing>[^,;:]{2,60}?)\s+as\s+(?=(?:an?|the)\s)")
# "Huyen calls it the most common adaptation technique", "She calls moss lining a den repair": what it is, in her words
_CALLS = re.compile(r"\b(?P<who>[Tt]he\s+(?:author|book|chapter|paper)|she|he|they|[A-Z][a-z]+)\s+(?:also\s+)?calls\s+"
                    r"(?P<thing>[^,;:\"“]{2,60}?)\s+(?=(?:an?|the)\s)")
_NAMELY = re.compile(r",?\s+namely,?\s", re.IGNORECASE)  # "has three layers, namely A, B and C": as a colon lists them
# "uses claws as well as teeth", "FP16 alongside FP32": one more of the same, as "and" joins it (not after a comma,
# which sets an aside off: "RAG, along with finetuning, is ...")
# ", followed by B" after A in a list is B in its turn: "consists of A, followed by B" holds both
_AS_WELL_AS = re.compile(r"(?<=\w)(?:\s+(?:as\s+well\s+as|along\s+with|together\s+with|alongside)|,\s+followed\s+by)\s+(?=[A-Za-z])", re.IGNORECASE)
# "Methods e.g. exact matching, MinHash": a plural label before its examples, as "Methods: ..." lists them
_PLURAL_EXAMPLES = re.compile(r"^(?P<label>[A-Z][a-z-]+(?:\s[a-z-]+){0,2})(?P<cue>,?\s+(?:e\.g\.|for example)[,:]?\s+)(?=[A-Za-z])")
# "is a simpler alternative to", "is a cheaper, faster alternative to", "is a big improvement over": however judged
_JUDGED_ALTERNATIVE = re.compile(r"\b(?P<verb>is|are)\s+(?:an?\s+)?(?P<words>(?:[\w-]+,?\s+){1,3}?)"
                                 r"(?P<noun>alternatives?\s+to|improvements?\s+(?:over|on))\b", re.IGNORECASE)
# "Chatbot Arena switched from Elo to Bradley-Terry": what it uses now
_SWITCHED = re.compile(r"\b(?:switched|switches|migrated|migrates)\s+from\s+[^,;.()]{1,40}?\s+to\s+(?=[A-Za-z])", re.IGNORECASE)
_COMBINES = re.compile(r"\b(?P<head>combines?\s+[^,;()]{1,60}?\s)with(?=\s)", re.IGNORECASE)


# shorthand "agent patterns -> loops, parallel exec, branching": a label, then its list; not a count
# that becomes something ("several operations → one kernel, fewer round-trips")
_ARROW_LIST = re.compile(rf"^(?!(?:several|many|some|few|all|one|two|three|a|an|the)\s)(?P<label>[A-Za-z][\w-]*(?:\s[\w-]+){{0,4}})(?P<arrow>\s*{ARROW}\s*)(?=[^,;:]+(?:,\s*[^,;:]+)+$)")

# an arrow, then a verb's base form and the rest of the sentence: what to do about what comes before
_ARROW_THEN = re.compile(rf"\s*{ARROW}\s*(?P<next>[a-z]+\b[^→⇒]*)$")
# shorthand "semantic similarity -> uses embeddings": a name, an arrow, a verb; the name is its subject
_ARROW_VERB = re.compile(rf"^(?P<label>[A-Za-z][\w-]*(?:\s[\w-]+){{0,4}})(?P<arrow>\s*{ARROW}\s*)(?P<verb>[a-z]+s)\b")
_ARROWS = ("->", "=>", "→", "⇒")  # the cue of the three rewrites below: one of them is in the sentence


# "measures how much information a token carries": what it measures is the amount, named by the noun after "how much"
# (a noun, then a comma or the subject of a clause of its own: not "how many transactions flagged as fraud are fraud", a ratio)
_HOW_MUCH = re.compile(r"\b(?P<verb>measures?|measured|quantif(?:y|ies|ied)|estimates?|tracks?|counts?)\s+how\s+(?:much|many)\s+"
                       r"(?=[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}(?:,|\s+(?:a|an|the|each|every|its|their|one)\s))", re.IGNORECASE)
# "- based on clay factorization" under an entry: a fragment in small letters, what the entry uses ("Based on feedback, we ..."
# opens a sentence of its own)
_BASED_ON = re.compile(r"(?:^|(?<=,\s))(?:based|built)\s+(?:on\s+top\s+of|on|upon)\s+(?=\S)")
# "Denseq is a clay architecture built on tunnels": what the kind is built on, the subject uses ("and uses", where the words were;
# "predictions based on scents" says how they are made, not what they use)
_KIND_BUILT_ON = re.compile(r"\b(?P<kind>(?:is|are)\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+built\s+(?:on|upon)\s+(?=[\w(])", re.IGNORECASE)
# "is the usual den tool", "was the common default optimizer": the one picked of a kind, as "is a" says ("the standard
# deviation" is no pick: "standard" is left out)
_PICKED = re.compile(r"\b(?P<verb>is|was)\s+the\s+(?:(?:usual|default|common|typical|go-to|classic|canonical|dominant|de\s+facto)\s+)+(?=[\w-]+\s+\w|[\w-]+\s*$)",
                     re.IGNORECASE)
# "is a pretty good proxy for", "serves as a rough indicator of": what stands in for a quantity measures it, however judged
_PROXY_FOR = re.compile(r"\b(?:is|are|serves\s+as|serve\s+as|acts\s+as|act\s+as)\s+(?:an?\s+)?(?:(?:pretty|very|fairly|quite|reasonably|really)\s+)?"
                        r"(?:(?:good|great|decent|reliable|useful|strong|rough|cheap|simple|common)\s+)?(?:proxy|proxies|indicator|indicators)\s+(?:for|of)\b",
                        re.IGNORECASE)
_INCL = re.compile(r"\bincl\b\.?(?=\s)", re.IGNORECASE)  # "incl. growls", "incl growls"
# "57 subjects, including law and history", "25 tasks e.g. moss counting": a count of a plural, then some of them; the
# plural only counts what the thing holds, no thing of its own
_COUNTED_THEN_SOME = re.compile(r"(?P<start>^\s*)?\b(?:\d[\d,.]*\+?|dozens\s+of|hundreds\s+of|thousands\s+of)\s+(?:[a-z][\w-]*\s+){0,2}"
                                r"[a-z][\w-]*[^s\W]s,?\s+(?:including|e\.g\.,?|such\s+as)\s+(?=\w)", re.IGNORECASE)
# "The chapter makes a point I keep thinking about: moss is proprietary data": a clause that only leads to the one after its colon
_LEAD_IN = re.compile(r"^(?P<before>[^:;]{8,200}?):\s+(?=[a-z])")
# a lead-in speaks of the writing or the writer, not of a thing: "a point I keep thinking about", "my takeaway", "one lesson"
_LEADS = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Pp]oint|[Tt]akeaway|[Ll]esson|[Ii]nsight|[Tt]hing|[Tt]rick|[Cc]atch|[Uu]pshot|[Gg]ist)s?\b")
# names a comma lists, then (a dash and) what they are for: "MossKit, ClayKit — for wet dens (ch 2)", "A, B and C for quick maps."
_NAMES_FOR = re.compile(r"^(?P<names>[A-Z][\w.-]*(?:\s[A-Z0-9][\w.-]*)?(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w.-]*(?:\s[A-Z0-9][\w.-]*)?)+)\s+(?:[—–-]\s+)?"
                        r"(?P<aim>for\s+[a-z][^,;:()]{2,60}?)\s*(?:\([^()]*\))?\s*\.?$")
# a plural kind, then the makers of the ones the sentence means: "Model APIs from OpenAI, Anthropic etc are inference services"
_KIND_FROM_MAKERS = re.compile(r"^(?P<kind>(?:[A-Za-z][\w-]*\s+){0,2}(?:[a-z][\w-]*s|[A-Z]{2,6}s))\s+from\s+[A-Z][\w&.-]*(?:(?:,\s*|\s+and\s+)[A-Z][\w&.-]*)*"
                               r"(?:,?\s+etc\.?)?(?=\s+(?:are|were|have|offer|give|let|provide)\b)")
_WRT = re.compile(r"(?<=\s)w\.r\.t\.?(?=\s)|(?<=\s)wrt(?=\s)", re.IGNORECASE)  # "the response w.r.t. its reference": a preposition
_BC = re.compile(r"(?<=\s)b/?c(?=\s)")  # "switched to X bc Y was slow": "because", in small letters only ("BC" is no reason)
# "off the shelf tools", "state of the art models": a set phrase before a noun is one adjective, as its hyphens write it
_SET_PHRASE = re.compile(r"\b(?:off the shelf|state of the art|up to date|out of date|end to end|out of the box|well known)(?=\s+[a-z])", re.IGNORECASE)


def plain(sentence: str) -> str:
    """The sentence in the plainer wording above."""
    text, lower = sentence, sentence.lower()
    cued = sentence.isascii()  # lower() is then what IGNORECASE matches: a rewrite's cue missing, it cannot match
    for pattern, rewrite, cues in _REWRITES:
        if cued and cues:  # most sentences hold no cue of most rewrites: a substring test is cheaper than the pattern
            for cue in cues:  # a loop, not any() over a generator: one of those made per rewrite cost as much as the tests
                if cue in lower:
                    break
            else:
                continue
        done = pattern.sub(rewrite, text)
        if done is not text:  # re.sub gives back the very text when nothing matched
            text, lower = done, done.lower()
    return _titles_as_written(sentence, text) if text is not sentence and ('"' in sentence or "“" in sentence) else text


def _titles_as_written(sentence: str, plainer: str) -> str:
    """A title in quotes as written, whatever the rewrites did to it ('"DenNet: Less Is More"' keeps its "is more")."""
    if len(plainer) == len(sentence):  # else the offsets moved: nothing to put back in its place
        for title in re.finditer(r"[\"“][A-Z][^\"”]{1,120}[\"”]", sentence):
            plainer = plainer[: title.start()] + title.group() + plainer[title.end() :]
    return plainer


# Each rewrite with the words one of which it needs (its cues; () when it has none to test), in the
# order they apply: a rewrite reads the text the ones before it left.
_REWRITES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], tuple[str, ...]]] = [
    (_ARROW_VERB, lambda m: _arrow_dropped(m), _ARROWS),  # "X -> uses Y" says what "X uses Y" does
    (_ARROW_LIST, lambda m: _arrow_list(m), _ARROWS),  # "X -> A, B" lists as "X: A, B" does
    (_ARROW_THEN, lambda m: _what_to_do(m), _ARROWS),  # "errors grow with steps -> evaluate A": no claim of the errors
    (_SET_PHRASE, lambda m: m.group().replace(" ", "-"), (" the ", " to ", " of ", "well known")),
    # "X (Acme, 2014), built on Y, used for Z": an aside of the subject, before any verb ("..., generates X, based on Y" is of X)
    (_BASED_ON, lambda m: _padded("uses ", m.group()) if not m.start() or not clauses.has_finite_verb(m.string[: m.start()]) else m.group(),
     ("based on", "built on", "built upon")),
    (_KIND_BUILT_ON, lambda m: m["kind"] + _padded(" and uses ", m.group()[len(m["kind"]):]), ("built on", "built upon")),
    (_PROXY_FOR, lambda m: _padded("measures", m.group()), ("prox", "indicator")),
    (_PICKED, lambda m: _picked(m), ("the ",)),
    (_INCL, "e.g.,", ("incl",)),
    (_COUNTED_THEN_SOME, lambda m: _padded("including " if m["start"] is not None else "", m.group()), ("includ", "e.g.", "such as")),
    (_HOW_MUCH, lambda m: _padded(f"{m['verb']} ", m.group()), ("how ",)),  # "rude words, incl. growls": "including", which gives examples as "e.g." does
    (_BC, "because", (" bc ", " b/c ")),  # a reason's clause after it says nothing of what comes before
    (_WRT, "with respect to", ("w.r.t", "wrt")),  # "the response w.r.t. its reference": a preposition
    (_CONTRACTION, lambda m: _expanded(m), ("'", "’")),  # "It's a kind of RNN" states what "It is a ..." does
    (_NEGATED, lambda m: f"{_NEGATED_STEM.get(m['verb'].lower(), m['verb'])} not", ("n't", "n’t")),
    (_NEGATED_UNMARKED, lambda m: f"{_NEGATED_STEM.get(m['verb'].lower(), m['verb'])} not", _UNMARKED_NEGATION),
    (_TUPLE_NAMED, lambda m: _tuple_named(m), ("(",)),  # "trained on (image, text) pairs": on image-text pairs
    (_DANGLING, "", ()),  # "PCA is a technique that:" and a list below: the clause is the list's
    (_DISCOURSE, lambda m: _blank(m), ()),  # "Note that X uses Y" is "X uses Y"
    (_NAMES_FOR, lambda m: _names_for(m), (" for ",)),  # "A, B — for X" lists as "for X: A, B"
    (_KIND_FROM_MAKERS, lambda m: _padded(m["kind"], m.group()), (" from ",)),  # "Model APIs from OpenAI, Anthropic etc are ...": model APIs
    (_LEAD_IN, lambda m: _lead_in(m), (": ",)),
    (_THERE_ARE, lambda m: _blank(m), ("there",)),
    (_ITS_IS, lambda m: m.group()[0] + "t is", ("its",)),
    (_SOURCE_ASIDE, lambda m: _blank(m), (",",)),  # "A prompt, as she breaks it down, has three parts": a prompt has them
    (_NAMED_IN_THE_WRITING, lambda m: _blank(m), (" in the ", " in this ", " by the ", " in that ", " in her ", " in his ", " in my ")),
    (_REPEATED_PREPOSITION, lambda m: _once(m), ()),  # "used for A and for B": for A and B
    (_DOES_IT, lambda m: _padded("uses it", m.group()), (" this", " it")),
    (_COMPARED_BEFORE_A_NOUN, lambda m: _blank(m) if an_adjective(m["adjective"]) else m.group(), ("more", "less")),
    (_ADVERBS, lambda m: _blank(m), _ADVERB_CUES),
    (_JUDGED_KIND, lambda m: _unjudged(m), ("of",)),  # "a fundamental part of" states what "a part of" does
    (_ANOTHER_KIND, lambda m: _padded(f"a {m['noun']} of", m.group()), ("another",)),  # "is another type of"
    (_SUPERLATIVE, lambda m: _one_of_them(m), ("the",)),
    (_ONE_OF_THE, lambda m: _one_of_the(m), ("one",)),
    (_ONE_KIND, lambda m: _one_kind(m), ("one",)),
    (_THE_PART_OF, lambda m: _padded(f"{m['verb']} a {m['noun'].lower()} of", m.group()), ("the",)),
    (_JUDGED_EXAMPLES, lambda m: _examples(m), ("example",)),
    (_EXAMPLES_LABEL, lambda m: _examples_label(m), ("example",)),  # "Best known example = X", "Examples she names: A, B"
    (_EXAMPLES_ASIDE, lambda m: _padded(f"(e.g. {m['names']})", m.group()), ("example",)),  # "(A and B were the examples)"
    (_COUNTED_KINDS, lambda m: _padded(f"are {m['noun'].lower().removesuffix('s')}s of", m.group()), ("are",)),
    (_KNOWING, lambda m: _padded(m['verb'] + ' ', m.group()), ("includ", "involv", "cover")),
    (_DIVIDED, lambda m: _blank(m), (":",)),
    (_VIEWED_AS, lambda m: _padded("is " if m["verb"].lower() != "are" else "are ", m.group()), ("as", "considered")),
    (_REFER_AS, lambda m: _thing_is(m), ("refer",)),
    (_DEFINES_AS, lambda m: _thing_is(m), ("defines",)),
    (_CALLS, lambda m: _thing_is(m) if m["who"].lower() in ("she", "he", "they") or " " in m["who"] or not tagger.readings(m["who"].lower())
     else m.group(), ("calls",)),  # a writer, not "Function calls the API with a key"
    (_NAMELY, lambda m: _padded(":", m.group()), ("namely",)),
    (_HAS_PARTS, lambda m: _padded("contains", m.group()), (":",)),
    (_HAS_ROLES, lambda m: _roles(m), (":",)),
    (_COMBINES, lambda m: f"{m['head']}and ", ("combine",)),  # "combines A with B": uses both
    (_JUDGED_ALTERNATIVE, lambda m: _alternative(m), ("alternative", "improvement")),
    (_PLURAL_EXAMPLES, lambda m: _labelled(m), ("e.g.", "for example")),
    (_SWITCHED, lambda m: _padded("uses", m.group()), ("switch", "migrat")),  # "switched from A to B": uses B
    (_AS_WELL_AS, lambda m: _padded(" and", m.group()), ("as well as", "along", "together", "alongside", "followed by")),
]


def _roles(match: re.Match[str]) -> str:
    """ "has two main jobs: scraping and hauling" -> "is used for: ...", padded, when each item is a doing (what it is for);
    "has three roles: system, user and assistant" names kinds of role, as written."""
    items = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match.string[match.end():].lstrip(" :").rstrip(" ."))
    if not all(opens_with_a_doing(item) for item in items):
        return match.group()
    return _padded("are used for" if match["verb"].lower() == "have" else "is used for", match.group())


def _labelled(match: re.Match[str]) -> str:
    """ "Methods e.g. " -> "Methods:     ", padded, when the label is a plural noun and nothing else."""
    tags = [tag for _word, tag in tagger.tagged(match["label"])]
    said = {tag for _word, tag in tagger.tagged(match.string[match.end():])}
    if tags[-1] not in ("NNS", "NNPS") or any(t.startswith(("VB", "PRP", "DT", "IN")) for t in tags) or said & {"VBZ", "VBP", "VBD", "MD"}:
        return match.group()  # "Models e.g. GPT-4 are big": a sentence, its subject's examples
    return match["label"] + _padded(":", match["cue"])


def _alternative(match: re.Match[str]) -> str:
    """ "is a simpler alternative to" -> "is an alternative to", "is a big improvement over" -> "is an improvement over", padded."""
    if not all(tagger.tagged(w.strip(","))[0][1] in ("JJ", "JJR", "JJS", "RB", "RBR") for w in match["words"].split()):
        return match.group()
    noun, _, preposition = match["noun"].lower().partition(" ")
    return _padded(f"{match['verb']} {noun if noun.endswith('s') else 'an ' + noun} {preposition.strip()}", match.group())


def _arrow_list(match: re.Match[str]) -> str:
    """ "X -> A, B" -> "X:  A, B", padded, unless the arrow says what X leads to: more or less of
    something on either side ("small datasets -> more epochs, ...") or a chain of arrows ("A -> B, C -> D")."""
    rest = match.string[match.end():]
    compared = [tag for _word, tag in tagger.tagged(f"{match['label']} {rest.split(maxsplit=1)[0]}")]
    if _ARROW.search(rest) or {"JJR", "RBR"} & set(compared) or compared[-1] == "RB" \
            or (clauses.has_finite_verb(match["label"]) and (clauses.opens_with_third_person_verb(rest.split()[0])
                                                              or (clauses.is_base_verb(rest.split()[0]) and not clauses.noun_before_noun(rest)))):
        return match.group()  # "small datasets -> more epochs, ...", "den caps -> mostly close-ended, multiple choice": no list;
        # nor "den depth is a spread -> report p50, p90": a clause, then what to do or what comes of it
    return match["label"] + _padded(":", match["arrow"])


_ARROW = re.compile(ARROW)


def _what_to_do(match: re.Match[str]) -> str:
    """ "errors grow with steps -> evaluate planning failures" -> "errors grow with steps": after a clause,
    what the reader should do next, said of nothing before the arrow ("post-processing -> fix mistakes"
    says what post-processing does)."""
    after_a_clause = clauses.has_finite_verb(match.string[: match.start()])
    return "" if after_a_clause and clauses.imperative(match["next"]) and not clauses.opens_with_third_person_verb(match["next"].split()[0]) \
        else match.group()


def _arrow_dropped(match: re.Match[str]) -> str:
    """ "X -> uses" -> "X    uses" when the word after the arrow is a verb in the third person."""
    if not clauses.opens_with_third_person_verb(match["verb"]) or clauses.has_finite_verb(match["label"]):
        return match.group()  # "X uses Y -> finds Z": what comes of the clause, no verb of X's
    return match["label"] + " " * len(match["arrow"]) + match["verb"]


def _one_of_the(match: re.Match[str]) -> str:
    """ "is one of the main types of" -> "is a type of", "is one of the popular" -> "is a popular", padded."""
    noun = match["noun"][:-1].lower() if match["noun"] else ""
    return _padded(f"{match['verb']} {'an' if noun[:1] in tuple('aeiou') else 'a'}{' ' + noun + ' of' if noun else ''}", match.group())


def _one_kind(match: re.Match[str]) -> str:
    """ "is one toxicity classifier" -> "is a toxicity classifier", "is one example" -> "is an example", padded."""
    article = "an" if match.string[match.end() : match.end() + 1].lower() in tuple("aeiou") else "a"
    return _padded(f"{match['verb']} {article} ", match.group())


def _once(match: re.Match[str]) -> str:
    """The match with its repeated preposition blanked, as long as it was."""
    start, end = match.start("again") - match.start(), match.end("again") - match.start()
    return match.group()[:start] + " " * (end - start) + match.group()[end:]


def _expanded(match: re.Match[str]) -> str:
    return f"{match['who']} {_CONTRACTED[match['verb'].lower()]}"  # "We'll use ..." is about "we"


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _lead_in(match: re.Match[str]) -> str:
    """A clause that leads in, before a colon, blanked, when another clause follows the colon: what is said is the second
    ("One point stands out: moss is data"); a list after the colon ("The course has three parts: A, B") is the first's,
    and a clause that says something of a thing ("introduces using LLMs: ...") is kept."""
    after, before = match.string[match.end():], match["before"]
    if _LEADS.search(before) is None or re.search(r"\b(?:is|are|was)\s+(?:an?|the)\s", before):
        return match.group()  # no lead-in; "X is a method with a twist: ...", a claim of its own
    said_after = clauses.has_finite_verb(without_asides(after))  # not "Tools I tried: A (which uses B)", a list
    return _blank(match) if said_after and clauses.has_finite_verb(before) else match.group()


def _tuple_named(match: re.Match[str]) -> str:
    """ "(image, text) pairs" -> "image-text pairs", "(query, good doc, bad doc) tuples" -> "query-good-doc-bad-doc tuples", padded."""
    named = "-".join(re.split(r",\s*| ", match["members"])) + " " + match["noun"]
    return " " * (len(match.group()) - len(named)) + named


def _names_for(match: re.Match[str]) -> str:
    """ "A and B for quick maps." -> "for maps: A, B", padded; the words as written when the plainer ones are no shorter."""
    plainer = f"for {without_judgement(match['aim'][4:])}: {match['names'].replace(' and ', ', ')}"
    return _padded(plainer, match.group()) if len(plainer) <= len(match.group()) else match.group()


def _padded(plainer: str, written: str) -> str:
    return plainer + " " * (len(written) - len(plainer))


def _thing_is(match: re.Match[str]) -> str:
    """ "She defines a den as a shelter", "Kim calls it the ...": "a den is", "it is", where the words were."""
    return " " * (len(match.group()) - len(match["thing"]) - 4) + match["thing"] + " is "


def _unjudged(match: re.Match[str]) -> str:
    """ "a fundamental part of", "the open-source version of" -> "a part of", "a version of", padded; "a model type of" stays."""
    if tagger.tagged(match["adjective"])[0][1] not in (("JJ", "VBN") if match["article"] == "the" else ("JJ", "JJR", "JJS", "VBN")) and not match["adjective"].endswith("-based"):
        return match.group()  # "a quantized version of"; "the hardest part of" judges, no kind; "the moss-based branch of" says which
    article = "an" if match["noun"][0] in "aeiou" else "a"
    return _padded(f"{article} {match['noun']} of", match.group())


def _examples(match: re.Match[str]) -> str:
    """ "are two other notable examples of" -> "are examples of", padded; "is a model example of" stays."""
    if not all(w.lower() in _COUNTING or w.lower() in EVALUATIVE for w in match["words"].split()):
        return match.group()
    plainer = f"{match['verb']} examples of" if match["noun"].endswith("s") else f"{match['verb']} an example of"
    return _padded(plainer, match.group())


def _examples_label(match: re.Match[str]) -> str:
    """ "Best known example = " -> "Example: ", padded, when the words before only count or judge ("a few-shot example" stays)."""
    if not all(w.lower() in _COUNTING or w.lower() in EVALUATIVE or w.lower() in ("best", "known", "most", "well") for w in match["words"].split()) \
            or (not match["words"].strip() and not match.group().rstrip().endswith((":", "="))):
        return match.group()  # "Examples are A, B" reads as it is
    return _padded(f"Example{'s' if match['noun'].lower().endswith('s') else ''}: ", match.group())


def _picked(match: re.Match[str]) -> str:
    """ "is the usual den tool" -> "is a den tool", padded; not after "This" or "That", which may stand for what a sentence
    before did ("This is the classic setup"), nor before a shell ("the usual starting point")."""
    head = re.match(r"[\w\s-]*?(?P<head>[\w-]+)\s*(?:$|[,;:.(]|\s(?:for|of|in|to|when|that|which)\b)", match.string[match.end():])
    if match.string[: match.start()].strip().lower() in ("this", "that") or head is None or is_shell(head["head"]):
        return match.group()  # "the usual starting point": a shell, of no kind
    return _padded(f"{match['verb']} a", match.group())


def _one_of_them(match: re.Match[str]) -> str:
    """ "is the latest GPT-4 model" -> "is a GPT-4 model": a superlative picks one of a kind ("the hardest part of X" judges)."""
    degrees = re.split(r"\s+(?:and|or)\s+", match["degree"])  # "the easiest and most common": both compare
    if not all(compares(degree) for degree in degrees) or _JUDGED_PART.match(match.string, match.end()):
        return match.group()
    return _padded(f"{match['verb']} a ", match.group())
