"""relgraph's RDF layer.

:mod:`.vocab` builds every IRI, :mod:`.mapping` turns model values into quads and rows back
into model values, :mod:`.store` holds them (embedded pyoxigraph now, a SPARQL server later).
"""
