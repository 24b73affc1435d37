"""Seeing and steering what changes in the graph: reviewing what the ingester read weakly (review),
comparing two builds, of the notes now, the last build or git revisions (diff, revisions), and
rebuilding as the notes are saved (watch), with the page served and reloaded live (live).

May import: kg.builder and everything below it; only kg.commands imports it."""
