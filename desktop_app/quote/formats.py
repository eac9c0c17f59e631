"""Which writer makes which document: the quoting service picks by the file's extension (interface.md,
`export --out FILE.xlsx|FILE.pdf`). reportlab is imported only when a PDF is written."""

from __future__ import annotations

from pathlib import Path

from desktop_app.quote.content import QuoteContent, describe
from desktop_app.quote.document import QuoteDocument

FORMATS = (".xlsx", ".pdf")


def write_document(
    document: QuoteDocument, path: Path, content: QuoteContent | None = None, suffix: str | None = None
) -> None:
    """Write the document to `path` as it is, in the format `suffix` (else `path`'s extension) names: the caller
    may write to a temporary file and place it. `content`, described once, lets two formats share it."""
    content = content or describe(document)
    suffix = (suffix or path.suffix).lower()
    if suffix == ".xlsx":
        from desktop_app.quote.workbook import build_workbook

        build_workbook(document, content).save(path)
    elif suffix == ".pdf":
        from desktop_app.quote.pdf import render_pdf

        path.write_bytes(render_pdf(document, content))
    else:
        raise ValueError(f"{path.name}: not a quote format; the formats are {', '.join(FORMATS)}")
