"""A banner for the main window: the price list's prices include a VAT rate that is not the one in force on the
quote's date, and what the app does about it (pricing-rules §6: VAT at the rate in force on the net prices of note 3).

Shown once above the grid (not a question at every export). Hook it in with
    self.vat_banner = VatBanner(self)          # add it to the layout above the grid
    self.vat_banner.check(self.catalog)        # after a price list is loaded (and on a new day, if wanted)
"""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app import clock
from desktop_app.core import Catalog
from desktop_app.core.vat import vat_mismatch
from desktop_app.gui.formatting import rate_percent
from desktop_app.gui.widgets import warning_tinted


class VatBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vat_banner")
        self.setWordWrap(True)
        warning_tinted(self)
        self.hide()

    def check(self, catalog: Catalog, today: datetime.date | None = None) -> None:
        """Show the banner when the catalog's VAT rate is not the rate in force on `today`, else hide it."""
        mismatch = vat_mismatch(catalog, today or clock.today())
        self.setProperty("mismatch", mismatch is not None)
        if mismatch is None:
            self.hide()
            return
        self.setText(
            self.tr(
                "The price list's prices include VAT %1 %; from %2 VAT is %3 %. The invoice charges VAT %3 % on the "
                "list's prices without VAT (note 3 of the price list), so it is higher than the list's total."
            )
            .replace("%1", rate_percent(mismatch.catalog_rate))
            .replace("%2", mismatch.since.strftime("%d.%m.%Y"))
            .replace("%3", rate_percent(mismatch.statutory_rate))
        )
        self.show()
