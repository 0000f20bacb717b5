"""Where unsaved work is kept between autosaves: the recovery folder.

A project with a file is saved to that file a few seconds after the last edit. A new project
that has no file yet is saved to a recovery file instead, in
``platformdirs.user_data_dir("cpaudit")/recovery``; the next start offers it back. A clean exit
(saved, or changes discarded by the user) removes the recovery file.
"""

import logging
import uuid
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 3_000  # after the last edit
SUFFIX = ".cpaudit"


def default_recovery_dir():
    return Path(platformdirs.user_data_dir("cpaudit", appauthor=False)) / "recovery"


def new_recovery_path(folder):
    return Path(folder) / f"unsaved-{uuid.uuid4().hex[:12]}{SUFFIX}"


def recovery_files(folder):
    """The recovery files in ``folder``, the most recent first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob(f"*{SUFFIX}") if p.is_file()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def remove(path):
    """Remove a recovery file (and SQLite's journal beside it); missing files are fine."""
    if path is None:
        return
    for candidate in (Path(path), Path(f"{path}-journal")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            log.warning("could not remove the recovery file %s: %s", candidate, error)
