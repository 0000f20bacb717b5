"""Logging, set up once per process: a rotating file in the platform's log folder, and the
console too with ``--debug``. Factory data is never logged above DEBUG."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file_path() -> Path:
    return Path(platformdirs.user_log_dir("cpaudit", appauthor=False)) / "cpaudit.log"


def setup_logging(debug: bool = False) -> Path:
    """Configure the root logger once; returns the log file's path."""
    path = log_file_path()
    root = logging.getLogger()
    if getattr(root, "_cpaudit_configured", False):
        return path
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    # Alembic says at INFO what it does on every open (a dozen lines); the store logs the
    # upgrades that matter itself.
    logging.getLogger("alembic").setLevel(logging.DEBUG if debug else logging.WARNING)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    except OSError:
        pass  # a read-only home must not stop the app; the console handler below still works
    if debug:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(console)
    root._cpaudit_configured = True
    return path
