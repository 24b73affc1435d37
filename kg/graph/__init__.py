"""The graph: statements assembled into RDF quads with provenance (assemble, digests, serialize),
the built graph opened as a KnowledgeGraph (knowledge), inference (infer), a concept described
(description) and the property-graph view that pictures read (view).

May import: kg.ingest, kg.schema and the foundation."""
