"""Give every schema in ``schemas/`` its stable ``$id`` (run again after adding a schema).

The convention (docs/decisions.md): ``$id`` is
``https://dangkiemtra.readthedocs.io/en/stable/schemas/<file name>``; every ``$ref`` to
another schema is relative (``common.schema.json#/$defs/id``), so it resolves against
that ``$id`` offline. Only the ``"$id"`` line and absolute ``$ref`` prefixes are touched:
the files keep their layout, so the diff is one line a file.

Usage: ``python scripts/set_schema_ids.py [--check]`` (``--check`` lists the files that do
not follow the convention and exits 1, changing nothing).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

BASE_URI = "https://dangkiemtra.readthedocs.io/en/stable/schemas/"
SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
_ID = re.compile(r'("\$id"\s*:\s*)"[^"]*"')
_ABSOLUTE_REF = re.compile(r'("\$ref"\s*:\s*")https?://[^"#]*/([A-Za-z0-9_.-]+\.schema\.json)')


def fixed(name: str, text: str) -> str:
    """``text`` of schema file ``name`` with the conventional ``$id`` and relative ``$ref``s."""
    wanted = f'"{BASE_URI}{name}"'
    if _ID.search(text):
        text = _ID.sub(lambda m: m.group(1) + wanted, text, count=1)
    else:  # no $id yet: put it right after "$schema" (or first)
        text = re.sub(r"\{\s*", lambda m: m.group(0) + f'"$id": {wanted},\n  ', text, count=1)
    text = _ABSOLUTE_REF.sub(lambda m: m.group(1) + m.group(2), text)
    json.loads(text)  # still JSON
    return text


def main(argv: list[str]) -> int:
    check = "--check" in argv
    wrong = []
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        text = path.read_text("utf-8")
        new = fixed(path.name, text)
        if new != text:
            wrong.append(path.name)
            if not check:
                path.write_text(new, "utf-8")
    for name in wrong:
        print(("does not follow the convention: " if check else "rewrote: ") + name)
    return 1 if check and wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
