"""Interface language: Chinese by default, English on request (``--lang en`` or the setting).

Source strings are English; resources/i18n/lishui_zh_CN.ts holds the Chinese
and is compiled to .qm by ``python -m lishui_desktop.gui.i18n_build``. Qt's
own translations (standard buttons, dialogs) come from the PySide6 wheel.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from . import settings

# resources/ in the source tree, shipped as this package (setup.py)
RESOURCES = Path(str(files("lishui_desktop.resources")))
I18N_DIR = RESOURCES / "i18n"
LANGUAGES = ("zh", "en")
DEFAULT = "zh"

_installed: list[QTranslator] = []


def choose(requested: str | None) -> str:
    """The command line wins, then the user's setting, then Chinese."""
    for lang in (requested, settings.LANGUAGE.get()):
        if lang in LANGUAGES:
            return lang
    return DEFAULT


def install(app: QCoreApplication, lang: str) -> str:
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "zh":
        QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
        ours = QTranslator(app)
        if not ours.load(str(I18N_DIR / "lishui_zh_CN.qm")):
            raise RuntimeError(f"missing translations {I18N_DIR / 'lishui_zh_CN.qm'}: "
                               "run `python -m lishui_desktop.gui.i18n_build`")
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
    return lang


def current() -> str:
    return "zh" if _installed else "en"
