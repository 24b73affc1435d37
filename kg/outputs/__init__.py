"""Files made from the graph: the interactive page (page, layout, templates/) and the export
formats (export, graphfiles).

May import: kg.stores, kg.query, kg.graph and what they may; never kg.vocabularies."""
