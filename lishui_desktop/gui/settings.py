"""Per-user interface settings in QSettings, through one typed registry (Picard's idea).

Only things of the desktop's user belong here: language, window layout, column
widths. Site settings (idle lock, backups, server) are in the database, where
the administrator sets them for everyone.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings
if TYPE_CHECKING:     # PySide6 makes a class when it is first imported
    from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

ORGANIZATION = "Lishui"
APPLICATION = "lishui-desktop"


def qsettings() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANIZATION, APPLICATION)


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any

    def get(self):
        value = qsettings().value(self.key, self.default)
        if value is None:
            return self.default
        if self.type is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        try:
            return self.type(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, value) -> None:
        s = qsettings()
        s.setValue(self.key, value)
        s.sync()


LANGUAGE = Option("ui/language", str, "")          # "zh", "en" or "" (the default: Chinese)
LAST_USERNAME = Option("ui/last_username", str, "")


def save_geometry(widget: QWidget, name: str) -> None:
    s = qsettings()
    s.setValue(f"geometry/{name}", widget.saveGeometry())
    if hasattr(widget, "saveState"):
        s.setValue(f"state/{name}", widget.saveState())


def restore_geometry(widget: QWidget, name: str) -> bool:
    s = qsettings()
    geo = s.value(f"geometry/{name}")
    ok = isinstance(geo, QByteArray) and widget.restoreGeometry(geo)
    state = s.value(f"state/{name}")
    if isinstance(state, QByteArray) and hasattr(widget, "restoreState"):
        widget.restoreState(state)
    return bool(ok)


def save_header(header: QHeaderView, name: str) -> None:
    qsettings().setValue(f"header/{name}", header.saveState())


def restore_header(header: QHeaderView, name: str) -> bool:
    state = qsettings().value(f"header/{name}")
    return isinstance(state, QByteArray) and header.restoreState(state)


def save_splitter(splitter: QSplitter, name: str) -> None:
    qsettings().setValue(f"splitter/{name}", splitter.saveState())


def restore_splitter(splitter: QSplitter, name: str) -> bool:
    state = qsettings().value(f"splitter/{name}")
    return isinstance(state, QByteArray) and splitter.restoreState(state)
