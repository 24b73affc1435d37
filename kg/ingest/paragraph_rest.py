"""A paragraph from a point of its text on: what is left once a term or a question is read off its start, with
its lines and links moved along, so that an offset in the text still finds its line and its link."""

from __future__ import annotations

from kg.ingest.markdown import Link, Paragraph


def rest_of(paragraph: Paragraph, at: int) -> None:
    """Cut the first `at` characters of the paragraph's text; its lines and links (wikilinks too) move with it."""
    paragraph.lines = paragraph.lines[paragraph.text.count("\n", 0, at):]
    paragraph.links = _moved(paragraph.links, at)
    paragraph.wikilinks = _moved(paragraph.wikilinks, at)
    paragraph.text = paragraph.text[at:]


def _moved(links: tuple[Link, ...], at: int) -> tuple[Link, ...]:
    """A link inside the part cut goes with it, but one that opened the text stays at its start, empty: the item
    still opens with a link ("- [[MossGen]] (Zorpco): ..."); one the cut falls inside ("[Koala: A Model](url)") keeps its rest."""
    return tuple(Link(link.text, link.url, max(0, link.start - at), max(0, link.end - at)) for link in links if link.end > at or link.start == 0)
