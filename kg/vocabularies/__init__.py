"""Other vocabularies: importing SKOS/OWL files (importer; what is read of them: facts; normalise, and
the usual concept in one step: usual, over terms in N-Triples form: ntriples; Turtle written from
them: turtle; XML entity bounds: entities), proposing links between them and the notes (links), and
validating a graph against the shapes (validate, with suspects: what may break one, and merged:
every graph of a store read as one).

May import: kg.stores, kg.query, kg.graph and what they may; never kg.outputs."""
