"""Asking the graph: describe a concept and match patterns (patterns), chains between concepts
(paths), fuzzy search (search, by the rules of scoring), SPARQL (sparql), counts (stats), and what
`kg build` saves so that a command answers without the graph (saved: the stamp and the counts;
cards for `kg show`; search_index for `kg search`).

May import: kg.graph and what it may."""
