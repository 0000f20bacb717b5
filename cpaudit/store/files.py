"""File-system steps shared by the project file and the JSON form: atomic writes, plain errors."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from cpaudit.store.errors import ProjectFileError, quoted_name

# What SQLite may leave next to a database file.
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


def file_error(path: str | os.PathLike[str], exc: OSError, action: str) -> ProjectFileError:
    """A plain message for an ``OSError`` met while ``action`` ("opened", "saved") the file."""
    name = quoted_name(path)
    if isinstance(exc, FileExistsError):
        reason = "a file of that name exists already"
    elif isinstance(exc, FileNotFoundError):
        reason = "it or its folder does not exist"
    elif isinstance(exc, IsADirectoryError):
        reason = "it is a folder"
    elif isinstance(exc, PermissionError):
        reason = "permission denied"
    else:
        reason = exc.strerror or str(exc)
    error = ProjectFileError(f"{name} could not be {action}: {reason}.", path)
    error.__cause__ = exc
    return error


@contextlib.contextmanager
def atomic_replace(path: str | os.PathLike[str], *, overwrite: bool) -> Iterator[Path]:
    """Yield a new empty file in ``path``'s folder; when the block succeeds it becomes ``path``.

    The file is flushed to disk and then renamed over ``path`` in one step, so ``path`` holds
    either its old content or the complete new one, whatever happens in between. If the block
    raises, the temporary file is removed and ``path`` is untouched.

    Raises
    ------
    FileExistsError
        ``overwrite`` is false and ``path`` exists (checked again at the very end).
    OSError
        The folder is missing or not writable, the disk is full, ...
    """
    target = Path(path)
    if not overwrite and os.path.lexists(target):
        raise FileExistsError(f"{target} exists")
    temporary = _new_temporary_file(target)
    try:
        yield temporary

        _fsync(temporary)
        if overwrite:
            os.replace(temporary, target)
        else:
            _publish_new(temporary, target)
        _fsync_folder(target.parent)
    finally:
        for suffix in ("", *_SQLITE_SIDE_FILES):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{temporary}{suffix}")


def _new_temporary_file(target: Path) -> Path:
    # Not tempfile.mkstemp: its 0600 mode would end up on the user's file; os.open honours umask.
    while True:
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return candidate


def _publish_new(temporary: Path, target: Path) -> None:
    """Give ``temporary`` the name ``target`` unless ``target`` exists (never replacing it)."""
    try:
        os.link(temporary, target)  # fails if target exists, atomically
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        if os.path.lexists(target):
            raise FileExistsError(f"{target} exists") from None
        os.replace(temporary, target)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable on POSIX; Windows cannot open a folder and needs no such step."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
