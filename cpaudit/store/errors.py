"""The errors the store raises for a file the user named.

``str()`` of each is a plain message for the user that names the file; the attributes hold the
parts (path, revision, problems) for a view that words the message itself through ``tr()``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path


class ProjectFileError(Exception):
    """A project file or its JSON form cannot be read or written.

    Raised for the user's situation (missing file, a folder, no permission, damaged file), never
    for a bug; the original exception, if any, is chained as ``__cause__``.
    """

    def __init__(self, message: str, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None


class NotAProjectFileError(ProjectFileError):
    """The file exists but is not a cpaudit project: empty, not SQLite or not our JSON format."""


class DamagedFileError(ProjectFileError):
    """A cpaudit project file whose content cannot be read back into a project."""


class NewerFileError(ProjectFileError):
    """A file written by a newer cpaudit (unknown schema revision or JSON format version)."""

    def __init__(
        self, message: str, path: str | os.PathLike[str] | None = None, revision: str = ""
    ) -> None:
        super().__init__(message, path)
        self.revision = revision


class InvalidProjectError(ProjectFileError):
    """A project or JSON document that breaks the format's rules; ``problems`` lists them all.

    Each problem reads ``<JSON path>: <what is wrong>``, e.g.
    ``project.products[2].unit: 5 is not of type 'string'``.
    """

    def __init__(
        self, headline: str, problems: Sequence[str], path: str | os.PathLike[str] | None = None
    ) -> None:
        self.headline = headline
        self.problems = list(problems)
        super().__init__("\n".join([headline, *(f"  {p}" for p in self.problems)]), path)


def quoted_name(path: str | os.PathLike[str]) -> str:
    """The file's name in typographic quotes, as messages show it."""
    return f"\u201c{Path(path).name}\u201d"
