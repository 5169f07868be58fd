"""Where the project's data folders are, from a checkout or from an installed wheel."""

from importlib.resources import files
from pathlib import Path

DATA_FOLDERS = ("ontology", "shapes", "queries", "site", "ingest", "corpus")


def data_dir(name: str) -> Path:
    """The folder `name` (one of DATA_FOLDERS): the wheel's copy if installed, else the checkout's."""
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}; expected one of {DATA_FOLDERS}")
    installed = Path(str(files("civicgraph") / "_data" / name))
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / name
