"""The columnar engine of the roster path (Polars), imported once with a helpful error."""

from __future__ import annotations

try:
    import polars
except ImportError as err:  # pragma: no cover - exercised by a test that hides polars
    raise ImportError(
        "dangkiemtra.roster needs Polars (the columnar engine of the roster path): "
        "pip install 'dangkiemtra[scale]'"
    ) from err

pl = polars

__all__ = ["pl"]
