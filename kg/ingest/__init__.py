"""Notes -> statements: Markdown read into note items (markdown), concepts and relations read
from them (extract; sentences: phrases, subjects, relations, modifiers, hearst; mentions), gathered
in a lexicon and given classes (lexicon, classify), and curated Turtle read with its line numbers
(curated).

May import: kg.schema and the foundation (labels, source, errors). Knows nothing of RDF stores,
queries, outputs or the command line (import-linter checks it)."""
