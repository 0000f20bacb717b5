"""Entry point of the bundled console program."""

import sys

from cpaudit.cli import main

sys.exit(main())
