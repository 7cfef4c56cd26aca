"""The city server of the Lishui social-assistance casework system (see DESIGN.md)."""

__version__ = "0.1.0"
