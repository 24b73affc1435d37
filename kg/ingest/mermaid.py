"""Mermaid flowcharts read into plain data (`parse`): the nodes with their labels, the edges with
their text and the subgraphs with their members, from the text of one ```mermaid block. Other
diagram kinds give None; styling is skipped, and so is a statement that does not parse, so a bad
line never hides the rest. Mapping the result to concepts and relations is another module's work.

Notes are untrusted, so time is linear in the input: a hand-written scanner whose searches ahead
are remembered (no stretch of text is searched twice), and label-cleaning regular expressions
with no nested or overlapping repetition."""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from kg.ingest.remarks import past_its_step


@dataclass(frozen=True)
class Node:
    """A node; `name` is the first line of its label, `description` the other lines ("" if none)."""
    id: str
    name: str  # markup removed; the id when there is no label
    description: str
    line: int  # 0-based line in the block where it was first labelled (or first seen)


@dataclass(frozen=True)
class Edge:
    """A visible link from one node (or subgraph) id to another, with its text ("" if none)."""
    source: str
    target: str
    label: str
    line: int


@dataclass(frozen=True)
class Subgraph:
    """A subgraph; `members` are the ids written directly inside it: nodes and nested subgraphs."""
    id: str
    title: str  # markup removed; the id when there is none
    members: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Diagram:
    """A flowchart. Subgraph ids are not nodes, but edge ends may name them."""
    direction: str  # "TD", "LR", ... or ""
    nodes: dict[str, Node]  # by id, in order of first appearance
    edges: tuple[Edge, ...]
    subgraphs: tuple[Subgraph, ...]
    topics: bool = False  # a mindmap's tree: what stands under a node is within it (kg.ingest.mindmap)


_KINDS = ("graph", "flowchart", "flowchart-elk")
_DIRECTIONS = ("TB", "TD", "BT", "RL", "LR")
_KEYWORDS = ("end", "classDef", "class", "style", "linkStyle", "click", "direction", "accTitle", "accDescr")
_STOP = frozenset("[](){}<>|&;:\"@,")  # characters that end a node id
_SHAPES = (("(((", ")))"), ("((", "))"), ("([", "])"), ("[[", "]]"), ("[(", ")]"), ("{{", "}}"),
           ("[/", "]"), ("[\\", "]"), ("(", ")"), ("[", "]"), ("{", "}"), (">", "]"))
_HEADS = ">ox"  # arrow heads; Mermaid reads `--o` / `--x` greedily, so does this

_BREAK = re.compile(r"<br\s*/?>|\\n|\n", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}([^\s*][^*]*)(?<=\S)\*{1,2}(?![\w*])")
_ENTITY = re.compile(r"[&#](#?[0-9A-Za-z]+);")
_ICON = re.compile(r"\bfa[a-z]{0,2}:fa-[a-z0-9-]+", re.IGNORECASE)


def parse(text: str) -> Diagram | None:
    """None when the block is not a flowchart (first non-comment line `graph` or `flowchart`):
    sequenceDiagram, classDiagram, pie ... are not read; a mindmap is kg.ingest.mindmap's."""
    lines = ["" if line.lstrip().startswith("%%") else line  # comments, %%{init: ...}%% too
             for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    filled = (i for i, line in enumerate(lines) if line.strip())  # the lines not blank, in turn
    first = next(filled, None)
    if first is not None and lines[first].strip() == "---":  # front matter: title, config
        close = next((i for i in filled if lines[i].strip() == "---"), None)
        if close is None:
            return None
        lines[first:close + 1] = [""] * (close + 1 - first)
        first = next(filled, None)
    if first is None:
        return None
    head, _, rest = lines[first].partition(";")
    words = head.split()
    if not words or words[0] not in _KINDS:
        return None
    direction = words[1].upper() if len(words) > 1 and words[1].upper() in _DIRECTIONS else ""
    lines[first] = rest  # `graph TD; A --> B`
    return _Reader("\n".join(lines)).read(direction)


SET_OFF = re.compile(r"\s+[—–-]\s+|:\s+")  # a name, then what it says of it: "Crawl: humans in the loop", "Prefill — compute-bound"
_EXAMPLES_GIVEN = re.compile(r",?\s+(?=(?:e\.g\.|incl\.|such as)\s)")  # a name, then examples of it: "clay den e.g. DenOne"


def label_lines(raw: str) -> list[str]:
    """A label's lines with markup removed and empty lines dropped: "**LoRA**<br/>Low-Rank" ->
    ["LoRA", "Low-Rank"]. Emphasis before entities, so that an escaped `#42;` stays a star."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        raw = raw[1:-1]
    lines = []
    for part in _BREAK.split(raw):
        part = _EMPHASIS.sub(r"\1", _TAG.sub("", part).replace("`", ""))
        part = _ICON.sub("", _ENTITY.sub(_entity, part))
        part = " ".join(_drop_decoration(part).split())
        if part:
            lines.append(part)
    return lines


def _entity(match: re.Match[str]) -> str:
    """An HTML entity (`&amp;`) or Mermaid's code for one (`#quot;`, `#35;`) as its character;
    left as written when it names none, so "C#dev;" stays."""
    code = match.group(1)
    entity = "&" + ("#" + code if code[0].isdigit() else code) + ";"
    char = html.unescape(entity)
    return match.group(0) if char == entity else char


def _drop_decoration(text: str) -> str:
    """Leading emoji, pictographs, skin tones, joiners and variation selectors: decoration, not name."""
    i = 0
    while i < len(text) and (text[i].isspace() or "\U0001F3FB" <= text[i] <= "\U0001F3FF"
                             or unicodedata.category(text[i]) in ("So", "Cf", "Mn", "Me", "Co", "Cn")):
        i += 1
    return text[i:]


class _Bad(Exception):
    """A statement that does not parse; args[0] is where reading stopped, to resume past it."""


@dataclass
class _Open:
    """A subgraph being read: its members so far, in order and once each."""
    id: str
    title: str
    line: int
    members: dict[str, None] = field(default_factory=dict)


_Mention = tuple[str, "str | None", int]  # a node written in a statement: id, raw label, line


class _Reader:
    """Reads the statements of a flowchart body (header removed) from left to right, a position p
    at a time. Scans never pass a line end outside quotes."""

    def __init__(self, body: str) -> None:
        self.s, self.n = body, len(body)
        self.starts = [0] + [i + 1 for i, c in enumerate(body) if c == "\n"]
        self.memo: dict[str, tuple[int, int]] = {}  # needle -> (start, where found or -1)
        self.nodes: dict[str, Node] = {}
        self.labelled: set[str] = set()
        self.edges: list[Edge] = []
        self.groups: list[_Open] = []
        self.open: list[_Open] = []
        self.edge_ids: set[str] = set()

    def read(self, direction: str) -> Diagram:
        """Every statement in turn; a bad one is skipped to the next `;` or line end past the fault."""
        p = 0
        while (p := self._skip(p, " \t\n;")) < self.n:
            try:
                p = self._statement(p)
            except _Bad as bad:
                p = self._rest(bad.args[0])
        ids = {g.id for g in self.groups}
        nodes = {k: v for k, v in self.nodes.items() if k not in ids or k in self.labelled}
        subgraphs = tuple(Subgraph(g.id, g.title, tuple(g.members), g.line) for g in self.groups)
        return Diagram(direction, nodes, tuple(self.edges), subgraphs)

    def _at(self, p: int) -> str:
        """The character at p; past the end of the text, a line end, which ends every statement."""
        return self.s[p] if p < self.n else "\n"

    def _skip(self, p: int, chars: str) -> int:
        """Past a run of chars: spaces, a link's dashes or dots."""
        while p < self.n and self.s[p] in chars:
            p += 1
        return p

    def _space(self, p: int) -> int:
        """Past spaces and tabs, not line ends: a line end ends a statement."""
        return self._skip(p, " \t")

    def _line(self, p: int) -> int:
        """The 0-based line of the block p is on, which the results report."""
        return bisect_right(self.starts, p) - 1

    def _find(self, needle: str, start: int) -> int:
        """str.find, remembered: a search from inside the span of the last one for the same needle
        has the same answer, so no stretch of text is searched twice. "--" and "==" find only
        the end of link text: a run three long or followed by an arrow head."""
        memo = self.memo.get(needle)
        if memo and memo[0] <= start and (memo[1] < 0 or start <= memo[1]):
            return memo[1]
        found = self.s.find(needle, start)
        while needle in ("--", "==") and found >= 0:
            end = self._skip(found, needle[0])
            if end - found >= 3 or self._at(end) in _HEADS:
                break
            found = self.s.find(needle, end)
        self.memo[needle] = (start, found)
        return found

    def _ends(self, p: int) -> bool:
        """Whether the statement ends at p: a `;`, a line end or a comment running to the line end."""
        return self._at(p) in ";\n" or self.s.startswith("%%", p)

    def _rest(self, p: int) -> int:
        """The end of the statement at p: the next `;` or line end (or the end of the text)."""
        return min(i for i in (self._find(";", p), self._find("\n", p), self.n) if i >= 0)

    def _until(self, needle: str, start: int, lines: bool = False) -> int:
        """Where needle next is (on the same line unless lines): a fault when it is not."""
        found = self._find(needle, start)
        if found < 0 or (not lines and 0 <= self._find("\n", start) < found):
            raise _Bad(start)
        return found

    def _word(self, p: int) -> int:
        """The end of the id (or keyword) at p: it stops at brackets, spaces and link starts."""
        s, n = self.s, self.n
        while p < n and s[p] not in _STOP and not s[p].isspace() and not s.startswith(("--", "-.", "==", "~~"), p):
            p += 1
        return p

    def _statement(self, p: int) -> int:
        """One statement: a keyword one (subgraph, end, styling) or a chain of nodes and links."""
        if self.s.startswith("%%", p):
            return self.n if (end := self._find("\n", p)) < 0 else end
        end = self._word(p)
        word, after = self.s[p:end], self._at(end)
        if word == "subgraph" and after in " \t\n;":
            return self._subgraph(end)
        if word == "accDescr" and self._at(self._space(end)) == "{":  # accDescr { several lines }
            return self._until("}", end, lines=True) + 1
        if word not in _KEYWORDS or after not in " \t\n;:":
            return self._chain(p)
        if word == "end" and self.open:
            self.open.pop()
        return self._rest(end)  # the rest of a keyword statement is not read

    def _subgraph(self, p: int) -> int:
        """`subgraph id [title]`, `subgraph "title"` or `subgraph title words` (the id is the title)."""
        s, line, raw = self.s, self._line(p), None
        start = self._space(p)
        p = self._word(start)
        sid = s[start:p]
        if s.startswith('"', start):
            p = self._until('"', start + 1)
            raw, p = s[start + 1:p], p + 1
        elif self._at(q := self._space(p)) == "[":
            p, raw = self._shape(q)
        elif not self._ends(q):
            p = min(i for i in (self._rest(q), self._find("%%", q)) if i >= 0)
            raw, sid = s[start:p], ""
        title = " ".join(label_lines(raw)) if raw is not None else ""
        sid = sid or title or f"subGraph{len(self.groups)}"
        if self.open:
            self.open[-1].members[sid] = None
        self.groups.append(_Open(sid, title or sid, line))
        self.open.append(self.groups[-1])
        return self._rest(p)  # anything after the title is not read

    def _chain(self, p: int) -> int:
        """`A`, `A --> B`, `A & B -->|t| C -- u --> D`: kept only if the whole statement parses."""
        mentions: list[_Mention] = []
        edges: list[Edge] = []
        p, sources = self._group(p, mentions)
        while not self._ends(p := self._space(p)):
            q = self._word(p)
            if p < q and self._at(q) == "@" and self._at(q + 1) != "{":
                self.edge_ids.add(self.s[p:q])  # an edge id: `A e1@--> B`
                p = q + 1
            line = self._line(p)
            p, text = self._link(p)
            p, targets = self._group(self._space(p), mentions)
            if text is not None:
                label = " ".join(label_lines(text))
                edges += [Edge(a, b, label, line) for a in sources for b in targets]
            sources = targets
        if len(mentions) == 1 and mentions[0][0] in self.edge_ids:
            return p  # `e1@{ animate: true }` styles an edge, it is not a node
        for node_id, raw, line in mentions:
            self._mention(node_id, raw, line, placed=not edges)
        self.edges += edges
        return p

    def _mention(self, node_id: str, raw: str | None, line: int, placed: bool = True) -> None:
        """A node written somewhere: the first label given it is kept, before or after. A node belongs
        to the subgraph it is first written in, or one it is `placed` in on a line of its own: a link
        inside a subgraph to a node written before it outside does not move that node in."""
        lines = label_lines(raw) if raw is not None else []
        known = node_id in self.nodes
        if lines and node_id not in self.labelled:
            self.labelled.add(node_id)
            name, said = past_its_step(lines[0]) or lines[0], ""  # "Step 1: Sweep tunnels": its place in the flow, no word of its name
            if (off := SET_OFF.search(name)) is not None and len(name[: off.start()].split()) <= 4:
                name, said = name[: off.start()], name[off.end():]  # "Crawl: human involvement mandatory": Crawl
            elif (given := _EXAMPLES_GIVEN.search(name)) is not None:
                name, said = name[: given.start()], name[given.end():]  # "PEFT e.g. LoRA": PEFT, and an example of it
            self.nodes[node_id] = Node(node_id, name, " ".join([said, *lines[1:]]).strip(), line)
        elif node_id not in self.nodes:
            self.nodes[node_id] = Node(node_id, node_id, "", line)
        if self.open and (placed or not known or any(node_id in g.members for g in self.open)):
            self.open[-1].members[node_id] = None

    def _group(self, p: int, mentions: list[_Mention]) -> tuple[int, list[str]]:
        """`A & B[b] & C`: the nodes at one end of a link, each once."""
        ids: dict[str, None] = {}
        while True:
            p = self._node(p, mentions)
            ids[mentions[-1][0]] = None
            if self._at(q := self._space(p)) != "&":
                return p, list(ids)
            p = self._space(q + 1)

    def _node(self, p: int, mentions: list[_Mention]) -> int:
        """An id with an optional shape and label (`A[text]`, `A@{ label: "t" }`) and `:::class`."""
        s, end = self.s, self._word(p)
        if end == p:
            raise _Bad(p)
        node_id, line, raw = s[p:end], self._line(p), None
        if s.startswith("@{", end):
            end, raw = self._attributes(end + 2)
        elif self._at(q := self._space(end)) in "[({" or (q == end and self._at(q) == ">"):
            end, raw = self._shape(q)
        if s.startswith(":::", end):
            end = self._word(end + 3)
        mentions.append((node_id, raw, line))
        return end

    def _shape(self, p: int) -> tuple[int, str]:
        """A bracketed label, `[text]`, `((text))`, `[/text\\]` ...: where it ends and its text.
        A quoted label may hold brackets and run over lines; a bare one ends at the first closer."""
        s = self.s
        opener, closer = next(pair for pair in _SHAPES if s.startswith(pair[0], p))
        slanted = opener in ("[/", "[\\")
        q = self._space(p + len(opener))
        if s.startswith('"', q):
            close = self._until('"', q + 1, lines=True)
            r = self._space(close + 1)
            r += 1 if slanted and self._at(r) in "/\\" else 0
            if not s.startswith(closer, r):
                raise _Bad(q)  # read on from the line the quote opened on, not from where it closed
            return r + len(closer), s[q + 1:close]
        close = self._until(closer, q)
        raw = s[q:close]
        return close + len(closer), raw.rstrip("/\\") if slanted else raw

    def _attributes(self, p: int) -> tuple[int, str | None]:
        """`@{ shape: rect, label: "text" }` after the `@{`: where it ends and the label, if any."""
        s, label = self.s, None
        while self._at(p := self._skip(p, " \t,")) != "}":
            end = self._word(p)
            key, p = s[p:end], self._space(end)
            if not key or self._at(p) != ":":
                raise _Bad(p)
            p = self._space(p + 1)
            if (c := self._at(p)) in "\"'":
                close = self._until(c, p + 1)
                value, p = s[p + 1:close], close + 1
            else:
                start, p = p, min(i for i in (self._find(",", p), self._until("}", p)) if i >= 0)
                value = s[start:p]
            if key == "label":
                label = value
        return p + 1, label

    def _link(self, p: int) -> tuple[int, str | None]:
        """A link at p: where it ends and its text ("" if none; None for the invisible `~~~`).
        Solid `--`, dotted `-.`, thick `==`, any length, heads `<` `>` `o` `x`, text inside
        (`-- t -->`, `-. t .->`, `== t ==>`) or after (`-->|t|`)."""
        s = self.s
        if self._at(p) in "<ox" and self._at(p + 1) in "-=":
            p += 1
        kind, text = self._at(p), ""
        if kind == "~":
            end = self._skip(p, "~")
            if end - p < 3:
                raise _Bad(p)
            return end, None
        if s.startswith("-.", p):
            q = self._skip(p + 1, ".")
            if s.startswith("-", q):
                end = self._head(q + 1)
            else:
                close = self._until(".-", q)
                text, end = s[q:close].rstrip("."), self._head(close + 2)
        elif kind in "-=":
            q = self._skip(p, kind)
            if q - p < 2:
                raise _Bad(p)
            if self._at(q) in _HEADS or q - p >= 3:
                end = self._head(q)
            else:
                close = self._until(kind * 2, q)
                text, end = s[q:close], self._head(self._skip(close, kind))
        else:
            raise _Bad(p)
        if self._at(q := self._space(end)) == "|":
            close = self._until("|", q + 1)
            text, end = s[q + 1:close], close + 1
        return end, text

    def _head(self, p: int) -> int:
        """Past an arrow head at p, if there is one."""
        return p + 1 if self._at(p) in _HEADS else p
