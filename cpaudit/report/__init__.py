"""The PDF report of a CP assessment and its charts (see README.md)."""
