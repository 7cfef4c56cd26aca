"""本县救助政策参数: the county's coverage figures and decision limit as the rules use them,
each with where it comes from: handed down by the city (its document and day), this
office's own setting (an office the city has not given the figure to), or the default
with its source (services.reference.county_figures). Read-only: the city sets them
(lishui-hq coverage set); every role may look."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from lishui_desktop.services import reference

from ..models import Column, RowsTableModel
from ..widgets import apply_widths, make_table_view

translate = QCoreApplication.translate

FIGURES = {
    "dibian_multiple": QT_TRANSLATE_NOOP("CountyFigures", "Near-dibao: income at or below this multiple of the "
                                         "dibao standard"),
    "deduct_rigid_expenses": QT_TRANSLATE_NOOP("CountyFigures", "Expenditure-type poverty: rigid medical and "
                                               "education costs deducted"),
    "taper_months": QT_TRANSLATE_NOOP("CountyFigures", "Taper period after employment lifts income (months)"),
    "assets": QT_TRANSLATE_NOOP("CountyFigures", "Property limits"),
    "decision_days": QT_TRANSLATE_NOOP("CountyFigures", "County decision limit (working days)"),
    "extra_exclusions": QT_TRANSLATE_NOOP("CountyFigures", "Incomes the city excludes besides the statutory ones"),
}
ORIGINS = {
    "city": QT_TRANSLATE_NOOP("CountyFigures", "Handed down by the city"),
    "local": QT_TRANSLATE_NOOP("CountyFigures", "This office's setting"),
    "default": QT_TRANSLATE_NOOP("CountyFigures", "Default"),
}


def _yuan(fen: int) -> str:
    return f"{fen // 100:,}"


def value_text(f: reference.Figure) -> str:
    v = f.value
    if f.key == "dibian_multiple":
        return f"{float(v):g}"
    if f.key == "deduct_rigid_expenses":
        return translate("CountyFigures", "Yes") if v else translate("CountyFigures", "No")
    if f.key == "assets":
        return translate("CountyFigures", "financial assets up to {months} months of the standard per person; "
                         "vehicles up to {vehicle} yuan; {housing} home(s) beyond the one lived in; "
                         "business assets up to {business} yuan").format(
            months=v.financial_months_per_person, vehicle=_yuan(v.vehicle_value_fen), housing=v.other_housing,
            business=_yuan(v.business_value_fen))
    if f.key == "extra_exclusions":
        return "、".join(v.values()) if v else translate("CountyFigures", "None")
    return str(v)


def source_text(f: reference.Figure) -> str:
    origin = translate("CountyFigures", ORIGINS[f.origin])
    if f.origin == "city":
        return translate("CountyFigures", "{origin}: {source}, {day}").format(origin=origin, source=f.source,
                                                                           day=f.set_on)
    if f.origin == "local":
        return origin
    return translate("CountyFigures", "{origin}: {source}").format(origin=origin, source=f.source)


def figure_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Figure"), lambda f: translate("CountyFigures", FIGURES[f.key]), None,
               width=330),
        Column(QT_TRANSLATE_NOOP("Columns", "Value"), value_text, None, width=330),
        Column(QT_TRANSLATE_NOOP("Columns", "Based on"), source_text, None, width=480),
    ]


class CountyFiguresDialog(QDialog):
    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.loaded = False
        self.setObjectName("countyFiguresDialog")
        self.setWindowTitle(self.tr("The county's assistance figures"))
        self.resize(1200, 360)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("The figures the rules use for this county. The city hands them down to every "
                               "township of the county with the next sync; a figure the city has not set is "
                               "this office's setting or the default shown with its source."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = RowsTableModel(figure_columns(), parent=self)
        self.view = make_table_view(self, "countyFiguresTable")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        apply_widths(self.view, "county_figures.list")
        lay.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        ctx = env.ctx
        env.runner.submit(lambda: reference.county_figures(ctx), done=self._loaded, parent=self)

    def _loaded(self, figures) -> None:
        self.model.set_rows(figures)
        self.view.resizeRowsToContents()
        self.loaded = True
