"""The screenshot script still reaches every page (the pictures themselves are looked at)."""

from cpaudit.ui import i18n, screenshot


def test_the_script_saves_every_page(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(screenshot, "save_unsaved_prompt", lambda window, path: None)

    assert screenshot.main([str(tmp_path), "--lang", "en"]) == 0

    names = {p.name for p in tmp_path.glob("*.png")}
    assert {f"task_{n:02d}_en.png" for n in range(1, 19)} <= names
    assert {f"data_{n}_en.png" for n in range(1, 6)} <= names
    assert {"main_en.png", "welcome_en.png", "edit_menu_en.png"} <= names
    i18n.set_language("en")
