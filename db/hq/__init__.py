"""Alembic scripts of the city server, shipped as lishui_hq.migrations (setup.py)."""
