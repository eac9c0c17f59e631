"""Plain-text tables for a terminal (history, drift list): every cell escaped (core.safetext.escape), so a
synced row cannot drive the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.safetext import escape


def text_table(head: Sequence[str], rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()) -> str:
    """Columns padded to their widest cell; the columns in `right` (amounts) aligned right."""
    head, rows = [escape(cell) for cell in head], [[escape(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in (head, *rows)) for i in range(len(head))]
    lines = (
        "  ".join(
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in (head, *rows)
    )
    return "\n".join(line.rstrip() for line in lines)
