"""Who made a named thing, as a parenthesis after its name says ("FAISS (Meta)", "CoT (Wei et al., 2022)", "μP (Microsoft +
OpenAI, 2022)"), and whether a short form abbreviates a longer one. Knows English wording only."""

from __future__ import annotations

import re

from kg.ingest.citations import cited_makers
from kg.ingest.modifiers import a_word_of_no_dictionary, names_a_language
from kg.ingest.tagger import readings, tagged
from kg.labels import looks_like_name, singular


def abbreviates(short: str, long: str) -> bool:
    """Schwartz and Hearst (2003), forward: the short form's first letter opens the long, its letters in it in order ("ReLU")."""
    letters = [c.lower() for c in short if c.isalpha()]
    text = long.lower()
    if not letters or not text or text[0] != letters[0]:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


SHORT_FORM = re.compile(r"\s\((?P<short>[A-Z][A-Za-z0-9@-]{1,9})\)")  # a short form in parentheses: "multiple choice questions (MCQ)"


def spelled_whole(written: str, opening_words: re.Pattern[str]) -> str:
    """The words without the count or determiner words that open them (`opening_words`), unless a short form in parentheses
    after them spells one of those too: "multiple choice questions (MCQ)" keeps "multiple", a word of the name, no count
    ("multiple den tools (DT)" loses it)."""
    shortened = opening_words.sub("", written)
    if shortened == written or (short := SHORT_FORM.search(shortened)) is None:
        return shortened
    taken = written[: len(written) - len(shortened)].split()  # the words taken off, in order
    for at in range(len(taken)):
        kept = " ".join([*taken[at:], shortened])
        if abbreviates(short["short"], kept[: kept.find(" (")]) and not abbreviates(short["short"], shortened[: short.start()]):
            return kept
    return shortened


def spelled_out(short: str, long: str) -> bool:
    """ "KV" and "Key-value", "RAG" and "Retrieval-Augmented Generation": an acronym and the longer words it abbreviates."""
    return re.fullmatch(r"[A-Z][A-Z0-9&-]*[A-Z0-9]", short) is not None and len(long) > len(short) + 2 and abbreviates(short, long)


def another_name(name: str, other: str) -> bool:
    """ "Okapi Sett" of "Sett", "Hollow Den Entrance" of "HoDE": words that hold a name whole, or that its capitals spell."""
    whole = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", other) is not None and other != name
    return whole or (sum(c.isupper() for c in name) >= 2 and len(other.split()) >= 2 and abbreviates(name, other)
                     and all(w[:1].isupper() for w in other.split()))


_DATED = re.compile(r"(?<=\S),\s*(?:19|20)\d\d$")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# "(DeepMind 2022)", "(Google Brain, 2019)": who, and when; not "(May 2023)", a date alone
DATED_MAKER = re.compile(rf"(?!{_MONTH}\s)[A-Z][\w&-]*(?:\s[A-Z][\w&-]*)?,?\s+(?:19|20)\d\d")


_MADE_BY_INSIDE = re.compile(r"^(?:designed|developed|made|created|built|released|introduced|proposed)\s+by\s+"
                             r"(?P<maker>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})(?:\s+(?:for|in|at|to|as|with)\b.*|,.*)?$")


_TWO_MAKERS = re.compile(r"(?P<first>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)\s+\+\s+(?P<second>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)"
                         r",?\s+(?P<year>(?:19|20)\d\d)")  # dated: "(LoRA + QLoRA)" joins what it is made of; "and" joins authors


def dated_makers(inner: str) -> bool:
    """ "(DeepMind 2022)", "(Microsoft + OpenAI, 2022)": who made a thing, and when, whatever the thing's words."""
    return any(dated.fullmatch(inner.strip()) for dated in (DATED_MAKER, _TWO_MAKERS))


_OWNED_TITLE = re.compile(r"(?P<owner>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)['’]s\s+[\"“]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+[\"”]?")  # quotes gone or kept


def maker_inside(inner: str, outside: str) -> str | None:
    """Who made a named thing, when a parenthesis after its name says so: "FAISS (Meta)", "Claude
    (Anthropic)", a citation "(Wei et al., 2022)"; never an abbreviation or its expansion ("Mixture
    of Experts (MoE)", "RAG (Retrieval ...)") or a date, nor another name ending in an English noun
    ("L2 Regularization (Ridge)", "Standardization (Z-Score Scaling)"): a maker's name is no noun."""
    if (titled := _OWNED_TITLE.fullmatch(inner.strip())) is not None and looks_like_name(outside):
        return titled["owner"]  # 'MBPP (Google's "Mostly Basic Python Problems")': its maker, then its name spelled out
    made = _MADE_BY_INSIDE.match(inner)  # "BF16 (designed by Google Brain for TPUs)": the maker's name, what follows it not
    inner = re.sub(r"['’]s$", "", made["maker"] if made else re.sub(r"^(?:from|by)\s+(?=[A-Z])", "", inner.split(";")[0].strip()))  # "DPO (from Stanford)", "(Google's)", "(Google; TF)"
    words = inner.split()
    dated = DATED_MAKER.fullmatch(inner.strip()) is not None  # "Chinchilla scaling law (DeepMind, 2022)": credited, whatever the noun
    if not words or re.search(r"\bet al\b", outside):
        return None  # "Lewis et al. 2020 (Meta AI)": where authors work, no maker of theirs
    if (cited := cited_makers(inner)) is not None:  # "(Ma et al. 2024, Microsoft)": both, the authors first
        authors, organisation = cited  # "Sett (Okapi Sett, Brock et al.)", "HoDE (Hollow Den Entrance, Gao et al.)": another name, no maker
        return "; ".join(filter(None, (authors, None if organisation and another_name(outside, organisation) else organisation)))
    if (joined := _TWO_MAKERS.fullmatch(inner.strip())) is not None:  # "μP (Microsoft + OpenAI, 2022)": both made it
        makers = [maker_inside(f"{name}, {joined['year']}", outside) for name in (joined["first"], joined["second"])]
        return "; ".join(makers) if all(makers) else None  # type: ignore[arg-type]
    if not (looks_like_name(outside) or dated or a_word_of_no_dictionary(outside)):
        return None
    inner = _DATED.sub("", inner) if not dated else re.sub(r",?\s+(?:19|20)\d\d$", "", inner)  # "(DeepMind, 2022)": the maker, the year its work came out
    inner = re.sub(r",\s+[a-z][^,]*$", "", inner.split(", ", 1)[1] if ", " in inner and spelled_out(outside, inner.split(",")[0]) else inner)
    # "AlphaFold (DeepMind, protein structures)": the maker, then what it does; "MDP (Mostly Den Problems, Burrow Labs)": its name, then the maker
    words = inner.split()
    if common_word(outside) and (singular(outside) != outside or common_word(inner)):
        return None  # "Images (Grayscale)": common words, capitalised to open a line; "Torus (Acme Labs)" is a name
    if len(words) > 3 or not all(w[:1].isupper() for w in words) or re.search(r"(?<!\w)\d", inner) or re.search(r"-[a-z]+$|[A-Z][A-Z0-9]+s$|,", inner):
        return None  # "RWKV (RNN-based)": what it is like, a compound ending in lower case; "(Ampere GPUs)": a plural; "(LoRA, QLoRA)": names
    last = words[-1]
    named_first = len(words) > 1 and not common_word(outside) \
        and any(not {"NOUN", "ADJ"} & set(readings(w.lower())) and not w.endswith("ed") for w in words[:-1])
    if not made and not any(c.isupper() for c in last[1:]) and "NOUN" in readings(last.lower()) and not named_first:
        return None  # "(Ridge)", "(Mean Squared Error)": a common noun last; "DenKit (Hugging Face)", "(Google Brain)": a name before it
    if not made and len(words) == 1 and tagged(last)[:1] and names_a_language(last, tagged(last)[0][1]):
        return None  # "ChatGLM (Chinese)": a language or a nation, no maker
    return None if abbreviates(inner, outside) or abbreviates(outside, inner) or inner.endswith(f" {outside}") else inner  # no short or long form


def common_word(text: str) -> bool:
    """One word the dictionary knows as a noun, with no capital past its first letter ("Images")."""
    return " " not in text.strip() and not any(c.isupper() for c in text.strip()[1:]) and "NOUN" in readings(text.strip().lower())
