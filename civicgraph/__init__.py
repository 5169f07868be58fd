"""civicgraph: a knowledge graph of French local public-innovation governance."""

__version__ = "0.1.0"
