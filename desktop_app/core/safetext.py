"""Text a document can hold: XML 1.0 (the format of .xlsx, and of what a PDF library is fed) has no place
for most control characters, U+FFFE/U+FFFF or lone surrogates (what undecodable bytes become in a file
name or an argument). Such text is refused where it enters, naming the field, never written corrupt; so are
DEL and the C1 controls, the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069:
they make a name read as something else) and the line and paragraph separators (U+2028, U+2029).

Text shown on a terminal (`escape`) has the same characters, and the line breaks, as visible escapes: a
row from the history or the team cannot drive the terminal."""

from __future__ import annotations

import re

# Compiled here: every start checks the price list's ~230 texts with them.
_UNSAFE = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff"
_NOT_IN_XML = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_UNSAFE}]")
_UNPRINTABLE = re.compile(f"[\x00-\x1f{_UNSAFE}]")
_LINE_BREAKS = re.compile("[\t\n\r]")


def bad_character(text: str, multiline: bool = False) -> str | None:
    """The first character that cannot go into a document, as `U+XXXX`, or None. A one-line field also
    refuses tabs and line breaks (a client name split over lines is a paste gone wrong)."""
    found = _NOT_IN_XML.search(text) or (None if multiline else _LINE_BREAKS.search(text))
    return f"U+{ord(found.group()):04X}" if found else None


def escape(text: str) -> str:
    """A line that stays one line on a terminal: line breaks, control and direction characters and
    undecodable bytes as escapes (`\\x1b`, `\\u202e`)."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def replace_bad(text: str) -> str:
    """The text with each character a document cannot hold made U+FFFD (a document is never written corrupt)."""
    return _NOT_IN_XML.sub("\ufffd", text)
