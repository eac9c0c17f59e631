"""Text a document can hold: XML 1.0 (the format of .xlsx, and of what a PDF library is fed) has no place
for most control characters, U+FFFE/U+FFFF or lone surrogates (what undecodable bytes become in a file
name or an argument). Such text is refused where it enters, naming the field, never written corrupt."""

from __future__ import annotations

import re

# Compiled here: every start checks the price list's ~230 texts with them.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\t\n\r]")


def bad_character(text: str, multiline: bool = False) -> str | None:
    """The first character that cannot go into a document, as `U+XXXX`, or None. A one-line field also
    refuses tabs and line breaks (a client name split over lines is a paste gone wrong)."""
    found = _NOT_IN_XML.search(text) or (None if multiline else _LINE_BREAKS.search(text))
    return f"U+{ord(found.group()):04X}" if found else None


def replace_bad(text: str) -> str:
    """The text with each character a document cannot hold made U+FFFD (a document is never written corrupt)."""
    return _NOT_IN_XML.sub("\ufffd", text)
