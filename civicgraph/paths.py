"""Where the project's data folders are, from a checkout or from an installed wheel."""

import os
import shutil
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


def files_under(folder: Path, suffix: str = "", skip: frozenset[str] = frozenset()) -> list[str]:
    """The paths (relative to `folder`, with '/') of the files under it whose name ends with
    `suffix`, outside its subfolders named in `skip`, sorted; [] for a folder that does not exist.
    os.walk: a site's tens of thousands of files are listed faster than with Path.rglob."""
    found = []
    for path, folders, names in os.walk(folder):
        if path == str(folder):
            folders[:] = [f for f in folders if f not in skip]
        prefix = Path(path).relative_to(folder).as_posix()
        found += [name if prefix == "." else f"{prefix}/{name}" for name in names if name.endswith(suffix)]
    return sorted(found)


def remove_empty_folders(folder: Path, keep_top: bool = False) -> None:
    """Remove the folders under `folder` (and `folder` itself unless `keep_top`) that hold no file,
    deepest first, in one walk."""
    removed: set[str] = set()
    for path, folders, names in os.walk(folder, topdown=False):
        if names or not all(os.path.join(path, f) in removed for f in folders) or (keep_top and path == str(folder)):
            continue
        os.rmdir(path)
        removed.add(path)


def link(source: Path, target: Path) -> None:
    """Put file `source` at `target` (whose folder exists) as a hard link, or a copy where the file
    system has none (or `target` is on another one)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def link_tree(source: Path, target: Path) -> None:
    """Put every file under folder `source` at the same place under `target`, as `link` does."""
    for path, _, names in os.walk(source):
        here = Path(target) / Path(path).relative_to(source)
        here.mkdir(parents=True, exist_ok=True)
        for name in names:
            link(Path(path) / name, here / name)
