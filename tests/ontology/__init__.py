"""Tests of the OWL ontology (ontology/civicgraph.ttl)."""
