"""Launcher: `python main.py` is the same as the `lishui-desktop` command."""
import sys

from lishui_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
