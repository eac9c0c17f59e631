"""Text a document can hold: XML 1.0 (the format of .xlsx, and of what a PDF library is fed) has no place
for most control characters, U+FFFE/U+FFFF or lone surrogates (what undecodable bytes become in a file
name or an argument). Such text is refused where it enters, naming the field, never written corrupt."""

from __future__ import annotations

import re

# Patterns, compiled by `re` when first used (and cached there): the first costs 0.7 ms, and the app's start
# (which imports this module with the price list) checks no text.
_NOT_IN_XML = "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
_LINE_BREAKS = "[\t\n\r]"


def bad_character(text: str, multiline: bool = False) -> str | None:
    """The first character that cannot go into a document, as `U+XXXX`, or None. A one-line field also
    refuses tabs and line breaks (a client name split over lines is a paste gone wrong)."""
    found = re.search(_NOT_IN_XML, text) or (None if multiline else re.search(_LINE_BREAKS, text))
    return f"U+{ord(found.group()):04X}" if found else None


def replace_bad(text: str) -> str:
    """The text with each character a document cannot hold made U+FFFD (a document is never written corrupt)."""
    return re.sub(_NOT_IN_XML, "\ufffd", text)
