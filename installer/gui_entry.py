"""Entry point of the bundled windowed program."""

import sys

from cpaudit.ui.app import main

sys.exit(main(sys.argv))
