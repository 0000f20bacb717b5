"""cpaudit's start-up: the application and main window as `cpaudit open` makes them, the demo
project opened and shown, then the process exits."""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from cpaudit.ui import i18n
from cpaudit.ui.app import MainWindow, create_application, install_app_font

app = create_application()
install_app_font(app)
i18n.set_language("vi")
window = MainWindow()
window.show()
window.file_task_finished.connect(lambda outcome: QTimer.singleShot(0, app.quit))
window.open_project(Path(sys.argv[1]))
sys.exit(app.exec())
