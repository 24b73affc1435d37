"""Asking the graph: describe a concept and match patterns (patterns), chains between concepts
(paths), fuzzy search (search), SPARQL (sparql), and the cards `kg show` reads without the graph.

May import: kg.graph and what it may."""
