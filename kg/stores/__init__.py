"""Where the graph lives: in memory or an on-disk Oxigraph store (backends), a SPARQL 1.1 server
(endpoint, remote), and pushing the local graph to one (push).

May import: kg.query, kg.graph and what they may."""
