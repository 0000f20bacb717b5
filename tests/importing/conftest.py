"""Fixtures of the import tests; the file makers are in importing_files.py."""

from __future__ import annotations

import pytest

from cpaudit.audit.model import Establishment, Project, Settings


@pytest.fixture
def project() -> Project:
    """An empty project of a Vietnamese brewery, keeping money in VND."""
    return Project(Establishment("Nhà máy bia Hồng Hà"), Settings(baseline_period=""))
