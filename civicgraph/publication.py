"""Publishing output all at once: everything is written into a fresh folder beside its target and
swapped in at the end, so a reader of the output (`site`, `query`, `serve`, a web server) sees the
previous publication whole or the new one whole, never a mix, whatever kills the build.

The swap is one `renameat2(RENAME_EXCHANGE)` system call on Linux (atomic); elsewhere two renames,
where a crash between them leaves the previous publication beside the target as `.NAME.old-PID`.
Folders of builds that were killed (`.NAME.new-PID-…`) are removed by the next build.

A stage can be recycled (`Stage(target, recycle)`): the publication it replaces is not deleted
(tens of thousands of files for a big site) but kept beside the target as `.NAME.spare`, pruned
by `recycle`, and the next build starts from it (moved to its own `.NAME.new-…` first, so a
build killed meanwhile leaves it to be removed like any dead stage). Nothing published is ever
written: the caller writes into the stage only new files (cache.Outputs, cache.recycle).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

MARKER = ".civicgraph-output"
KNOWN = {"graph", "dumps", "reports", "site", "texts", "refused", MARKER}  # what a civicgraph output folder holds
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class NotAnOutputFolder(Exception):
    """The target holds things civicgraph did not write: replacing it could destroy the user's files."""


def check_target(out: Path) -> None:
    """Refuse an existing, non-empty folder that is not a civicgraph output (say `--out .` or `~`)."""
    if not out.is_dir() or (out / MARKER).exists():
        return
    foreign = sorted(p.name for p in out.iterdir() if p.name not in KNOWN)
    if foreign:
        raise NotAnOutputFolder(f"{out} is not a civicgraph output folder (it holds {', '.join(foreign[:3])}…); "
                                "a build replaces its output folder whole: choose an empty or new folder with --out")


class Stage:
    """A fresh folder beside `target` to write a publication into, then swap in (`publish`), or
    move elsewhere (`publish(other)`, for a refused build kept for inspection), or `discard`.
    With `recycle` (a function that prunes a former publication in place), the stage starts as
    the spare that the previous build kept, if any (`recycled` says so), and the publication it
    replaces becomes the next spare."""

    def __init__(self, target: Path, recycle: Callable[[Path], None] | None = None):
        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        _remove_dead_stages(self.target)
        self.path = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.new-{os.getpid()}-", dir=self.target.parent))
        self.recycle, self.recycled = recycle, False
        if recycle is not None and self.spare.is_dir():
            os.rename(self.spare, self.path)  # over the empty folder: atomic, and now a stage of this process
            recycle(self.path)
            self.recycled = True
        self.done = False

    @property
    def spare(self) -> Path:
        return self.target.with_name(f".{self.target.name}.spare")

    def publish(self, where: Path | None = None) -> None:
        where = Path(where or self.target)
        where.parent.mkdir(parents=True, exist_ok=True)
        swap_in(self.path, where, self.spare if self.recycle is not None and where == self.target else None)
        if self.recycle is not None and self.spare.is_dir():
            self.recycle(self.spare)  # now, so that the files it does not keep take no room until the next build
        self.done = True

    def discard(self) -> None:
        if not self.done:
            shutil.rmtree(self.path, ignore_errors=True)
            self.done = True


@contextmanager
def staged(target: Path, recycle: Callable[[Path], None] | None = None):
    """A Stage for `target` (recycled with `recycle`, see Stage): published when the block ends
    normally (unless already moved), discarded when it raises, so `target` is untouched by a failure."""
    stage = Stage(target, recycle)
    try:
        yield stage
    except BaseException:
        stage.discard()
        raise
    if not stage.done:
        stage.publish()


def swap_in(new: Path, target: Path, spare: Path | None = None) -> None:
    """Put folder `new` where `target` is; what was there is deleted, or moved to `spare`."""
    if not target.exists():
        os.rename(new, target)
        return
    if _exchange(new, target):
        _retire(new, spare)  # it now holds the previous publication
        return
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    shutil.rmtree(old, ignore_errors=True)
    os.rename(target, old)
    os.rename(new, target)
    _retire(old, spare)


def _retire(old: Path, spare: Path | None) -> None:
    if spare is None:
        shutil.rmtree(old, ignore_errors=True)
        return
    shutil.rmtree(spare, ignore_errors=True)  # a spare left by a build that recycled none
    os.rename(old, spare)


def write_file(path: Path, data: bytes | str) -> None:
    """Write one file so that readers see the old content or the new, never a part (rename over it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data.encode("utf-8") if isinstance(data, str) else data)
    os.replace(temporary, path)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one system call; False where the system cannot (then the caller renames twice)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _remove_dead_stages(target: Path) -> None:
    """Folders left by builds of `target` that were killed (their process is gone)."""
    for stage in target.parent.glob(f".{target.name}.new-*"):
        pid = stage.name.removeprefix(f".{target.name}.new-").split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(stage, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
