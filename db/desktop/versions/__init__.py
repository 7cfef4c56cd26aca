"""Shipped inside the distribution as a package (see setup.py); not imported."""
