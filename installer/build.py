"""Build the folder bundle with PyInstaller: `python installer/build.py` (on the target OS).

Needs `pip install pyinstaller` in the same environment as cpaudit. The result is
`dist/cpaudit/` with `cpaudit` (windowed) and `cpaudit-cli` (console). On Windows, compile
`installer/cpaudit.iss` with Inno Setup afterwards to get a setup program.
"""

import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
spec = root / "installer" / "cpaudit.spec"
sys.exit(
    subprocess.call(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", str(spec)], cwd=root
    )
)
