"""The graph: statements assembled into RDF quads with provenance (assemble, digests, serialize),
the built graph opened as a KnowledgeGraph (knowledge), inference (infer), a concept described
(description), the property-graph view that pictures read (view), the graph as networkx and
rdflib objects (as_networkx, as_rdflib), and what changed between two builds (compare).

May import: kg.ingest, kg.schema and the foundation."""
