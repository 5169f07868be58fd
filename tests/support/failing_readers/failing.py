"""An extension reader with a bug: it claims the documents that carry its marker and fails on them,
as a user's reader can. The build must quarantine those documents and publish the rest."""

GENRE = "lecteur-defaillant"
MARKER = "Pièce pour le lecteur défaillant"


def detect(text: str) -> float:
    return 1.0 if MARKER in text else 0.0


def read(facts) -> None:
    raise AttributeError("'NoneType' object has no attribute 'first'")
