"""Package layout only; everything else is in setup.cfg.

The top-level source folders db/ and resources/ ship inside the distributions
as packages, so installed code (and the PyInstaller build) finds them with
importlib.resources instead of looking next to the source checkout.
"""
from setuptools import find_packages, setup

DATA_PACKAGES = {
    "lishui_desktop.migrations": "db/desktop",
    "lishui_desktop.migrations.versions": "db/desktop/versions",
    "lishui_hq.migrations": "db/hq",
    "lishui_hq.migrations.versions": "db/hq/versions",
    "lishui_desktop.resources": "resources",
    "lishui_desktop.resources.i18n": "resources/i18n",
}

setup(
    packages=find_packages(include=["lishui_desktop*", "lishui_hq*"]) + list(DATA_PACKAGES),
    package_dir=DATA_PACKAGES,
    package_data={
        "lishui_desktop.migrations": ["script.py.mako"],
        "lishui_hq.migrations": ["script.py.mako", "alembic.ini"],
        "lishui_desktop.resources": ["*.json", "*.csv", "*.txt"],
        "lishui_desktop.resources.i18n": ["*.qm", "*.ts"],
        # the city page's charts: ECharts (Apache-2.0, vendored from npm) and their script
        "lishui_hq": ["static/*.js", "static/*.txt"],
    },
)
