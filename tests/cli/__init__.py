"""The command-line tests (a package, so their module names cannot clash with other folders')."""
