"""Regenerate the interface translations: ``python -m cpaudit.ui.i18n_update``.

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` string in
   ``cpaudit/ui`` into ``cpaudit/resources/i18n/cpaudit_vi.ts``, keeping the translations already
   there and dropping strings no longer used;
2. translate the new entries in Qt Linguist (``pyside6-linguist``) or any text editor, with the
   terms of ``../shared/reference/glossary_vi_en.csv``;
3. run this again: ``pyside6-lrelease`` compiles the ``.ts`` into the ``.qm`` the app loads.

Commit both files. With ``--check`` it only reports unfinished entries and exits 1 if any.
"""

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
UI_DIR = PACKAGE / "ui"
I18N_DIR = PACKAGE / "resources" / "i18n"
LANGUAGES = {"vi": "vi_VN"}


def tool(name):
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources():
    """The interface's modules, the pages' package included."""
    return sorted(str(p) for p in UI_DIR.rglob("*.py") if p.name != Path(__file__).name)


def unfinished(ts_file):
    """Source texts whose translation is missing or marked unfinished."""
    root = ET.parse(ts_file).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            missing.append(message.findtext("source"))
    return missing


def update(lang, locale):
    ts_file = I18N_DIR / f"cpaudit_{lang}.ts"
    qm_file = ts_file.with_suffix(".qm")
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    command = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "relative"]
    subprocess.run([*command, "-target-language", locale, "-ts", str(ts_file)], check=True)
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True)
    return ts_file


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list unfinished entries")
    args = parser.parse_args(argv)
    missing_any = False
    for lang, locale in LANGUAGES.items():
        ts_file = I18N_DIR / f"cpaudit_{lang}.ts"
        if not args.check:
            update(lang, locale)
        missing = unfinished(ts_file)
        for text in missing:
            print(f"{ts_file.name}: not translated: {text!r}")
        missing_any = missing_any or bool(missing)
    return 1 if missing_any else 0


if __name__ == "__main__":
    sys.exit(main())
