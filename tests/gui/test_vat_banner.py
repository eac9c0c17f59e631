"""The VAT banner: shown in Russian when the price list's rate is not the one in force on the day, hidden otherwise."""

import datetime

from desktop_app import paths
from desktop_app.core import load_catalog
from desktop_app.gui.vat_banner import VatBanner

VAT22 = paths.bundled("plans").parent / "tests" / "core" / "fixtures" / "cloud-pbx-vat22.toml"


def test_banner_shows_when_the_rate_is_not_in_force(app, qtbot, catalog, tmp_path):
    banner = VatBanner()
    qtbot.addWidget(banner)
    banner.check(catalog, today=datetime.date(2026, 11, 24))
    assert not banner.isHidden() and banner.property("mismatch") is True
    # what the app does about it (pricing-rules §6), not "ask the operator"
    assert banner.text() == (
        "Цены прайс-листа включают НДС 20 %, а с 01.01.2026 действует ставка НДС 22 %. Счёт начисляет НДС 22 % "
        "на цены прайс-листа без НДС (п. 3 прайс-листа), поэтому он больше итога по прайс-листу."
    )
    banner.resize(700, banner.heightForWidth(700))
    banner.grab().save(str(tmp_path / "vat_banner.png"))
    banner.check(load_catalog(VAT22), today=datetime.date(2026, 11, 24))
    assert banner.isHidden() and banner.property("mismatch") is False


def test_banner_stays_hidden_while_the_rate_is_in_force(app, qtbot, catalog):
    banner = VatBanner()
    qtbot.addWidget(banner)
    banner.check(catalog, today=datetime.date(2025, 12, 31))
    assert banner.isHidden()
