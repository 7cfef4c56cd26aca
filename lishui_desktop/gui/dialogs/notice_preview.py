"""A notice (or a batch of them) on screen before it goes to the printer.

The PDF is the one the service rendered and recorded; it is shown from memory
(QPdfDocument on a QBuffer, no temporary file), printed page by page into the
printer's painter, or saved as a file. Printing draws one page per turn of the
event loop with a progress dialog, so a batch of a whole village neither
freezes the window nor has to be printed to the end once started.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QProgressDialog,
                               QPushButton, QVBoxLayout)

from ..qtfix import emit

# Raster resolution of printed pages: sharp text and a QR code any phone reads, without
# holding a 600 dpi A4 image (140 MB) in memory per page.
MAX_PRINT_DPI = 300


class PrintJob(QObject):
    """Prints ``document`` on ``printer``, one page per event-loop turn."""

    finished = Signal(bool)             # True: every page printed; False: cancelled or failed

    def __init__(self, document: QPdfDocument, printer: QPrinter, parent=None, *, progress_parent=None):
        super().__init__(parent)
        self.document, self.printer = document, printer
        # The print dialog's page range, when the person chose one (0 means every page).
        first, last = printer.fromPage(), printer.toPage()
        count = document.pageCount()
        self.page = max(first - 1, 0) if first else 0
        self.end = min(last, count) if last else count
        self.total = max(self.end - self.page, 0)
        self.ok = False
        self.running = True
        self.painter = QPainter()
        self.dialog = None
        self.first = self.page
        if self.total > 1 and progress_parent is not None:
            self.dialog = QProgressDialog(self.tr("Printing page 1 of {n}…").format(n=self.total), self.tr("Cancel"),
                                          0, self.total, progress_parent)
            self.dialog.setWindowTitle(self.tr("Printing"))
            self.dialog.setWindowModality(Qt.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        # The notices are laid out for the paper: print at their real size, from the paper's corner.
        printer.setFullPage(True)
        if self.total:
            self._orient(self.page)
        if not self.total or not self.painter.begin(printer):
            QTimer.singleShot(0, lambda: self._end(False))
            return
        QTimer.singleShot(0, self._step)

    def _orient(self, index: int) -> None:
        size = self.document.pagePointSize(index)
        self.printer.setPageOrientation(QPageLayout.Landscape if size.width() > size.height()
                                        else QPageLayout.Portrait)

    def cancel(self) -> None:
        if self.running:
            # Pages already drawn are in the printer's queue; the rest are not sent.
            self.printer.abort()
            self._end(False)

    def _step(self) -> None:
        if not self.running:
            return
        i = self.page
        if i > self.first:
            self._orient(i)
            self.printer.newPage()
        points = self.document.pagePointSize(i)
        dpi = min(self.printer.resolution(), MAX_PRINT_DPI)
        image = self.document.render(i, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
        scale = self.printer.resolution() / 72
        target = QRectF(0, 0, points.width() * scale, points.height() * scale)
        self.painter.fillRect(target, QColor("white"))
        self.painter.drawImage(target, image)
        self.page += 1
        if self.dialog is not None:
            done = self.page - self.first
            self.dialog.setValue(done)
            self.dialog.setLabelText(self.tr("Printing page {i} of {n}…").format(i=min(done + 1, self.total),
                                                                               n=self.total))
        if self.page >= self.end:
            self._end(True)
        else:
            QTimer.singleShot(0, self._step)

    def _end(self, ok: bool) -> None:
        if not self.running:
            return
        self.running = False
        self.ok = ok
        if self.painter.isActive():
            self.painter.end()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        emit(self.finished, ok)


class NoticePreviewDialog(QDialog):
    """Shows ``pdf``; 打印… and 另存为PDF…. ``title`` heads the window, ``note`` says what was recorded."""

    def __init__(self, env, pdf: bytes, title: str, file_name: str, note: str = "", parent=None):
        super().__init__(parent)
        self.env = env
        self.pdf = pdf
        self.file_name = re.sub(r'[\\/:*?"<>|\s]+', "_", file_name) or "notice"
        self.job: PrintJob | None = None
        self.setObjectName("noticePreview")
        # A batch's PDF can be large: it goes with the window, not with the page that opened it.
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        head = QLabel(title, self)
        head.setObjectName("previewTitle")
        f = head.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        head.setFont(f)
        outer.addWidget(head)
        self.note = QLabel(note, self)
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.note.setVisible(bool(note))
        outer.addWidget(self.note)

        # The document reads from this buffer for as long as it is open: both live with the dialog.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("background: #8a8a8a;")
        outer.addWidget(self.view, 1)

        row = QHBoxLayout()
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("previewPages")
        self.document.statusChanged.connect(self._status)
        self._status()
        row.addWidget(self.pages_label)
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setStyleSheet("font-weight: bold;")
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(self._save_clicked)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(close)
        outer.addLayout(row)
        self.resize(860, 900)

    def _status(self, *_args) -> None:
        n = self.document.pageCount()
        if self.document.status() == QPdfDocument.Status.Error:
            self.pages_label.setText(self.tr("The PDF cannot be shown."))
        else:
            self.pages_label.setText(self.tr("%n page(s)", "", n) if n else "")

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            # Closing the preview stops the printing; the pages already sent stay in the queue.
            self.job.cancel()
        super().reject()

    # -- printing -----------------------------------------------------------------------------

    def print_dialog(self) -> QPrintDialog:
        """Choose the printer, then print (the dialog is not modal to the whole application)."""
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.file_name)
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Print"))
        dlg.setMinMax(1, max(1, self.document.pageCount()))
        dlg.accepted.connect(lambda: self.print_to(printer))
        self._printer, self._print_dialog = printer, dlg
        # QPrintDialog's own open() wants a receiver; the plain window-modal open is QDialog's.
        QDialog.open(dlg)
        return dlg

    def print_to(self, printer: QPrinter) -> PrintJob:
        """Print every page on ``printer`` (tests give a PDF printer, without a dialog)."""
        if self.job is not None and self.job.running:
            return self.job
        self.print_button.setEnabled(False)
        self.job = PrintJob(self.document, printer, self, progress_parent=self)
        self.job.finished.connect(lambda _ok: self.print_button.setEnabled(True))
        return self.job

    # -- saving ---------------------------------------------------------------------------------

    def _save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), f"{self.file_name}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        data = self.pdf

        def work():
            target = Path(path)
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            tmp = target.with_name(target.name + ".partial")
            tmp.write_bytes(data)
            tmp.replace(target)
            return target

        self.env.runner.submit(work, parent=self, done=lambda p: self.note.setText(
            (self.note.text() + "\n" if self.note.text() else "") + self.tr("Saved as {path}.").format(path=p))
            or self.note.show())
