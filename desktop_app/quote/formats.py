"""Which writer makes which document: the quoting service picks by the file's extension (interface.md,
`export --out FILE.xlsx|FILE.pdf`). openpyxl and reportlab are imported only when their format is written,
so the checks of an output's name (quoting.checks) load neither."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.quote.document import QuoteDocument

if TYPE_CHECKING:
    from desktop_app.quote.content import QuoteContent

FORMATS = (".xlsx", ".pdf")


def write_document(
    document: QuoteDocument, path: Path, content: QuoteContent | None = None, suffix: str | None = None
) -> None:
    """Write the document to `path` as it is, in the format `suffix` names (by default its extension; a
    temporary file's is not). `content`, described once, lets two formats share one description."""
    if content is None:
        from desktop_app.quote.content import describe

        content = describe(document)
    suffix = (suffix or path.suffix).lower()
    if suffix == ".xlsx":
        from desktop_app.quote.workbook import build_workbook

        build_workbook(document, content).save(path)
    elif suffix == ".pdf":
        from desktop_app.quote.pdf import render_pdf

        path.write_bytes(render_pdf(document, content))
    else:
        raise ValueError(f"{path.name}: not a quote format; the formats are {', '.join(FORMATS)}")
