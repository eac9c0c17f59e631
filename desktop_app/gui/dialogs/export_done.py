"""The box at the end of an export: open the file or its folder, or send the quote to the client."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.history import QuoteRecord

SEND = "send"


def export_done(parent: QWidget, paths: list[Path], record: QuoteRecord) -> str | None:
    """Says where the files are; opens the first or its folder when asked. Returns SEND when the rep wants the
    letter to the client (the caller writes it), else None."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ExportDone", "Export"),
        QCoreApplication.translate("ExportDone", "Quote %1 is saved:\n%2")
        .replace("%1", record.full_number)
        .replace("%2", "\n".join(str(p) for p in paths)),
        parent=parent,
    )
    box.setObjectName("export_done")
    open_file = box.addButton(
        QCoreApplication.translate("ExportDone", "Open the file"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        QCoreApplication.translate("ExportDone", "Open the folder"), QMessageBox.ButtonRole.ActionRole
    )
    send = box.addButton(
        QCoreApplication.translate("ExportDone", "Send to the client…"), QMessageBox.ButtonRole.ActionRole
    )
    send.setObjectName("export_done_send")
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0])))
    elif box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent)))
    elif box.clickedButton() is send:
        return SEND
    return None
