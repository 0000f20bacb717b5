"""Shared test set-up. Keep it minimal: each package's own fixtures live in its folder."""

import os

# Without a display, Qt aborts the whole run unless told to draw offscreen (platform notes, 1).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
