"""Tests of the SHACL shapes (shapes/civicgraph.shapes.ttl) against the small graphs in cases/."""
