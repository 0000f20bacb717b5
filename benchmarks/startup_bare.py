"""Floor: a bare PySide6 main window, shown, then the process exits."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
