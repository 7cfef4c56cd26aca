"""Alembic scripts of the desktop file, shipped as lishui_desktop.migrations (setup.py)."""
