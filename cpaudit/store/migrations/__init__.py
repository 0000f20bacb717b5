"""Alembic migrations of the project file, shipped as package data (see ``cpaudit.store.migrate``).

A package only so that setuptools ships it: nothing imports these modules; Alembic loads them
from their files.
"""
