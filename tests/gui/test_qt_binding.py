"""The Qt binding must not corrupt reference counts (PySide6-Essentials 6.12.0 did, on Python 3.11)."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_and_bools_alive(app):
    label = QLabel()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(2000):
        label.setText("x")
        label.setVisible(i % 2 == 0)
    # A few references come and go with other objects; a leak would be thousands.
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
