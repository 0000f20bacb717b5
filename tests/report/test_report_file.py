"""Writing the file: atomic replace, cancel, progress, and the errors a user can fix."""

from __future__ import annotations

import json
import os
import sys

import pytest
from report_text import pdf_text

from cpaudit.report import pdf as report_pdf
from cpaudit.report.pdf import ReportCancelled, ReportError, data_path, write_report
from cpaudit.report.sections import StoryBuilder

OLD_CONTENT = b"%PDF-1.4 an older report the user wants to keep\n"


def _folder_listing(folder):
    return sorted(p.name for p in folder.iterdir())


def test_writes_a_pdf(tmp_path, demo):
    path = tmp_path / "report.pdf"

    write_report(demo, path, lang="en")

    assert path.read_bytes().startswith(b"%PDF-")
    assert _folder_listing(tmp_path) == [
        "report.pdf",
        "report.report.json",
    ]  # no temporary file left


def test_replaces_an_existing_report(tmp_path, demo):
    path = tmp_path / "report.pdf"
    path.write_bytes(OLD_CONTENT)

    write_report(demo, path, lang="en")

    assert path.read_bytes() != OLD_CONTENT
    assert "450.52" in pdf_text(path)


def test_replaces_an_earlier_twin(tmp_path, demo):
    path = tmp_path / "report.pdf"
    write_report(demo, path, lang="en", version="1")

    write_report(demo, path, lang="en", version="2")

    assert json.loads(data_path(path).read_bytes())["report"]["version"] == "2"


PROJECT_JSON = b'{"format": "cpaudit-project", "version": 2, "project": {}}\n'


@pytest.mark.parametrize(
    "content", [PROJECT_JSON, b"notes, not JSON", b"[1, 2]", b'{"format": 1}', b"\xff\xfe"]
)
def test_a_data_file_that_is_not_an_earlier_twin_is_never_replaced(tmp_path, demo, content):
    path = tmp_path / "report.pdf"
    path.write_bytes(OLD_CONTENT)
    data_path(path).write_bytes(content)

    with pytest.raises(ReportError) as error:
        write_report(demo, path, lang="en")

    message = str(error.value)
    assert str(data_path(path)) in message and "would be lost" in message
    assert "another name" in message and "\n" not in message
    assert data_path(path).read_bytes() == content
    assert path.read_bytes() == OLD_CONTENT
    assert _folder_listing(tmp_path) == ["report.pdf", "report.report.json"]


@pytest.mark.parametrize("content", [b"SQLite format 3\x00 a project", b"", b"%PD"])
def test_a_pdf_path_that_holds_no_pdf_is_never_replaced(tmp_path, demo, content):
    path = tmp_path / "plant.pdf"
    path.write_bytes(content)

    with pytest.raises(ReportError, match="plant.pdf sẽ bị mất") as error:
        write_report(demo, path, lang="vi")

    assert "\n" not in str(error.value)
    assert path.read_bytes() == content
    assert _folder_listing(tmp_path) == ["plant.pdf"]


def test_progress_rises_to_one(tmp_path, demo):
    calls: list[tuple[float, str]] = []

    write_report(demo, tmp_path / "r.pdf", lang="vi", progress=lambda f, m: calls.append((f, m)))

    fractions = [f for f, _ in calls]
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert all(isinstance(m, str) and m for _, m in calls)
    assert calls[-1][1] == "Đã ghi báo cáo"


@pytest.mark.parametrize("after_polls", [0, 2, 5, 8])
def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path, demo, after_polls):
    path = tmp_path / "report.pdf"
    path.write_bytes(OLD_CONTENT)
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls > after_polls

    with pytest.raises(ReportCancelled):
        write_report(demo, path, lang="en", cancelled=cancelled)

    assert path.read_bytes() == OLD_CONTENT
    assert _folder_listing(tmp_path) == ["report.pdf"]


def test_cancel_with_no_old_file_leaves_nothing(tmp_path, demo):
    with pytest.raises(ReportCancelled):
        write_report(demo, tmp_path / "report.pdf", lang="vi", cancelled=lambda: True)

    assert _folder_listing(tmp_path) == []


def test_a_failure_keeps_the_existing_file(tmp_path, demo, monkeypatch):
    path = tmp_path / "report.pdf"
    path.write_bytes(OLD_CONTENT)

    def broken(self):
        raise RuntimeError("layout bug")

    monkeypatch.setattr(StoryBuilder, "section_annex", broken)
    with pytest.raises(RuntimeError, match="layout bug"):
        write_report(demo, path, lang="en")

    assert path.read_bytes() == OLD_CONTENT
    assert _folder_listing(tmp_path) == ["report.pdf"]


def test_a_failure_while_writing_pages_keeps_the_existing_file(tmp_path, demo, monkeypatch):
    path = tmp_path / "report.pdf"
    path.write_bytes(OLD_CONTENT)

    def broken(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_pdf.Canvas, "save", broken)
    with pytest.raises(ReportError, match="No space left on device"):
        write_report(demo, path, lang="en")

    assert path.read_bytes() == OLD_CONTENT
    assert _folder_listing(tmp_path) == ["report.pdf"]


def test_a_missing_folder_is_a_plain_error(tmp_path, demo):
    with pytest.raises(ReportError) as error:
        write_report(demo, tmp_path / "nowhere" / "report.pdf", lang="en")

    assert "does not exist" in str(error.value)
    assert "\n" not in str(error.value)


def test_a_folder_as_the_path_is_a_plain_error(tmp_path, demo):
    with pytest.raises(ReportError, match="là một thư mục"):
        write_report(demo, tmp_path, lang="vi")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root and Windows ignore the mode bits"
)
def test_a_read_only_folder_is_a_plain_error(tmp_path, demo):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportError, match="Cannot write in the folder"):
            write_report(demo, folder / "report.pdf", lang="en")
    finally:
        folder.chmod(0o700)


def test_a_read_only_folder_is_a_plain_error_even_as_root(tmp_path, demo, monkeypatch):
    real_open = os.open

    def refuse(path, flags, mode=0o777, **kwargs):
        if str(path).endswith(".tmp"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr(report_pdf.os, "open", refuse)
    with pytest.raises(ReportError, match="Cannot write in the folder .*Permission denied"):
        write_report(demo, tmp_path / "report.pdf", lang="en")
    assert _folder_listing(tmp_path) == []


def test_an_unknown_scheme_is_a_plain_error(tmp_path, demo):
    with pytest.raises(ReportError, match="qd1419-2020"):
        write_report(demo, tmp_path / "r.pdf", lang="en", scheme_id="no-such-scheme")
    assert _folder_listing(tmp_path) == []


def test_an_unknown_language_is_a_programming_error(tmp_path, demo):
    with pytest.raises(ValueError, match="language"):
        write_report(demo, tmp_path / "r.pdf", lang="fr")
