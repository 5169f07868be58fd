"""The generic reader of French deliberations, minutes and decisions.

One genre model for every layout: a text is classified (what kind of act or minutes it is), cut
into séance blocks, and each zone of a block is read by one extractor (author and organ, séance,
roll call and proxies, counts, items and their votes, memberships, signature and publicity). What
the genre says in words — cue phrases, headings, the forms of a proxy, the false friends — is data
in `ingest/genre/<lang>/*.yaml`; the extractors apply it. A layout that needs more is a profile
(`ingest/profiles/*.yaml`), not code.
"""

from civicgraph.genre.reader import NotGovernance, read

__all__ = ["NotGovernance", "read"]
