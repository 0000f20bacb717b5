"""Fixtures of the store's tests; each test works in its own ``tmp_path``."""

from __future__ import annotations

import pytest
from store_samples import full_project

from cpaudit.audit.model import Project


@pytest.fixture
def project() -> Project:
    """A project that sets every field of the model (see ``store_samples.full_project``)."""
    return full_project()
