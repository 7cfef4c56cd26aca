"""Translations and data files, shipped as lishui_desktop.resources (setup.py)."""
