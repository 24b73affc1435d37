"""A name that opens a clause with words after it that say where it comes from or where the notes
place it: "Chatbot Arena from LMSYS is ...", "Jamba in [[State Space Models]] also uses MoE". The
subject is the name alone; its maker is read beside it, and where it is placed names nothing of it."""

from __future__ import annotations

import re

from kg.ingest import tagger
from kg.ingest.appositions import makers_from
from kg.ingest.name_lists import a_name
from kg.ingest.nouns import noun_phrase

# "Jamba in State Space Models", "Burrow9 in sett models": a name of up to three words, then "in" and a place of no article
# ("Needle in a Haystack" is one name)
_PLACED = re.compile(r"(?P<name>\S+(?:\s\S+){0,2}?)\s+in\s+(?!(?:an?|the|this|that|these|those|its|their|our|your|my|his|her|some|each|every|all|"
                     r"most|many|practice|theory|general|short|particular|turn|fact|parallel|order|production|context)\b)[\w][\w\s.-]{0,60}")


def the_name_alone(text: str) -> str:
    """The name a subject opens on, without its maker ("from LMSYS") or its place in the notes ("in State Space
    Models"); the text as it is otherwise ("Attention in setts": a word of the dictionary, "... from Transformers")."""
    made = makers_from(text)
    if len(made) == 1 and text.endswith(f" from {made[0][1].label}") and not tagger.reads_as_plural_noun(made[0][1].label.lower()):
        return made[0][0].label
    placed = _PLACED.fullmatch(text.strip())
    return placed["name"] if placed is not None and a_name(noun_phrase(placed["name"])) else text
