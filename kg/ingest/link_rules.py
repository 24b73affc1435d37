"""markdown-it's link and image rules, tried only where a link can end: notes full of `[[wikilinks]]`
make the parser look for a link at every "[", each time walking the label that follows it, token by
token, to find its "]" (at 20,000 concepts a tenth of the parse). A link, or an image, needs "]("
somewhere after its "[" unless the notes define link references; where neither is so the rule
would fail, having changed nothing but its own cache of positions, and here it fails at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from markdown_it.rules_inline.image import image
from markdown_it.rules_inline.link import link

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline

Rule = Callable[["StateInline", bool], bool]


def where_a_link_can_end(rule: Rule) -> Rule:
    """`rule` (markdown-it's link or image rule), tried only where it can succeed."""
    def guarded(state: StateInline, silent: bool) -> bool:
        if "references" not in state.env and state.src.find("](", state.pos) < 0:
            return False
        return rule(state, silent)

    return guarded


def links_where_they_can_end(parser: MarkdownIt) -> MarkdownIt:
    """`parser` with its link and image rules guarded so."""
    for name, rule in (("link", link), ("image", image)):
        parser.inline.ruler.at(name, where_a_link_can_end(rule))
    return parser
