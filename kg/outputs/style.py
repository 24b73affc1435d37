"""How the page draws each class and relation: a colour, and a shape or a dash pattern.

The colours are Okabe and Ito's palette ("Color Universal Design", 2008), chosen so that people
with any common colour-vision deficiency still tell them apart, plus grey for what says least (the
plain Concept class, loose links). Eight colours cannot mark 14 classes and 28 relations alone, so
a class is a (colour, shape) pair and a relation a (colour, dash pattern) pair, each used once: no
two legend entries look the same. A relation and its inverse share a colour and differ in dashes.
Yellow only fills shapes (their border shows it); as a line on white it would vanish. Black is for
lines only: the graph files put black labels on the class's colour.
"""

from __future__ import annotations

from typing import NamedTuple

OKABE_ITO = {
    "orange": "#E69F00", "sky blue": "#56B4E9", "bluish green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "reddish purple": "#CC79A7", "black": "#000000",
}
GREY = "#999999"

# vis-network shapes that draw the label below them, and the character the legend shows for each
SYMBOLS = {"dot": "●", "diamond": "◆", "square": "■", "triangle": "▲", "triangleDown": "▼", "star": "★",
           "hexagon": "⬢"}
# dash patterns as vis-network and SVG's stroke-dasharray take them: dash, gap, ... in pixels
DASHES: dict[str, list[int]] = {"solid": [], "dashed": [8, 4], "dotted": [2, 4], "dash-dot": [10, 4, 2, 4]}


class ClassStyle(NamedTuple):
    colour: str
    shape: str

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.shape]


class RelationStyle(NamedTuple):
    colour: str
    dash: str

    @property
    def dashes(self) -> list[int]:
        return DASHES[self.dash]


def _colour(name: str) -> str:
    return GREY if name == "grey" else OKABE_ITO[name]


CLASS_STYLE: dict[str, ClassStyle] = {name: ClassStyle(_colour(colour), shape) for name, colour, shape in (
    ("Concept", "grey", "dot"),
    ("Architecture", "blue", "hexagon"),
    ("Technique", "orange", "diamond"),
    ("Practice", "vermillion", "triangle"),
    ("ModelType", "bluish green", "square"),
    ("Model", "bluish green", "dot"),
    ("Tool", "reddish purple", "triangleDown"),
    ("Organization", "sky blue", "star"),
    ("Person", "reddish purple", "dot"),
    ("Dataset", "yellow", "square"),
    ("Benchmark", "yellow", "diamond"),
    ("Metric", "sky blue", "triangle"),
    ("Book", "vermillion", "square"),
    ("Topic", "blue", "star"),
)}
FALLBACK_CLASS = ClassStyle("#DDDDDD", "dot")  # a class the vocabulary does not have (yet)

# the common relations get colours of their own, solid; an inverse is dashed, the rest dotted or dash-dot
RELATION_STYLE: dict[str, RelationStyle] = {name: RelationStyle(_colour(colour), dash) for name, colour, dash in (
    ("isA", "blue", "solid"), ("hasKind", "blue", "dashed"),
    ("trainedOn", "blue", "dotted"), ("focusesOn", "blue", "dash-dot"),
    ("contains", "bluish green", "solid"), ("partOf", "bluish green", "dashed"),
    ("evaluates", "bluish green", "dotted"), ("evaluatedBy", "bluish green", "dash-dot"),
    ("includes", "sky blue", "solid"), ("includedIn", "sky blue", "dashed"),
    ("measures", "sky blue", "dotted"), ("measuredBy", "sky blue", "dash-dot"),
    ("uses", "orange", "solid"), ("usedBy", "orange", "dashed"), ("usedFor", "orange", "dotted"),
    ("exampleOf", "reddish purple", "solid"), ("hasExample", "reddish purple", "dashed"),
    ("produces", "reddish purple", "dotted"), ("producedBy", "reddish purple", "dash-dot"),
    ("developedBy", "vermillion", "solid"), ("developed", "vermillion", "dashed"),
    ("suffersFrom", "vermillion", "dotted"),
    ("createdBy", "black", "solid"), ("created", "black", "dashed"), ("ranOn", "black", "dotted"),
    ("contrastsWith", "grey", "solid"), ("relatedTo", "grey", "dashed"), ("matches", "grey", "dotted"),
)}
FALLBACK_RELATION = RelationStyle("#DDDDDD", "solid")


def class_style(name: str) -> ClassStyle:
    return CLASS_STYLE.get(name, FALLBACK_CLASS)


def relation_style(name: str) -> RelationStyle:
    return RELATION_STYLE.get(name, FALLBACK_RELATION)
