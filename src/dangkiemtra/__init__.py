"""dangkiemtra: Party inspection, supervision and discipline rules as dated, cited code."""

__version__ = "0.1.0"
