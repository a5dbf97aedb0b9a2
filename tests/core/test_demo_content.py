"""The demo's content is data (``resources/demo/``): the notebook it builds must not drift.

``tests/fixtures/demo-digest.json`` holds, per table of an interchange export of
the demo, the fields compared, the row count and a digest of the rows, made from
the demo as it was built before its content moved from Python tuples to JSON
(issue 13). Ids are random (``uuid4``) and ``modified_at`` is the build time, so
both are left out: each reference is replaced by a label made from the content of
the row it points to, and rows are compared as a sorted set. Only the tables and
fields listed in the digest are compared, so a table or column added later by a
schema change does not break this check; a change to the demo's content does, on
purpose — rewrite the digest then with
``python -m tests.core.test_demo_content --write`` and say why in the commit.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.interchange.exporter import export_document
from lieuxcommuns_desktop.core.services.notebook import Notebook

DIGEST = Path(__file__).resolve().parents[1] / "fixtures" / "demo-digest.json"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
LEFT_OUT = {"id", "modified_at"}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _relabel(value: Any, labels: dict[str, str]) -> Any:
    """Every id inside ``value`` (a reference, or an id quoted in text) becomes its label."""
    if isinstance(value, str):
        return UUID.sub(lambda m: "<" + labels.get(m.group(), "?") + ">", value)
    if isinstance(value, list):
        return [_relabel(item, labels) for item in value]
    if isinstance(value, dict):
        return {key: _relabel(item, labels) for key, item in value.items()}
    return value


def normalised(document: dict[str, Any], fields: dict[str, list[str]]) -> dict[str, list[str]]:
    """Per table, the sorted rows as JSON, without ids nor build times."""
    tables = {name: [{key: row.get(key) for key in ["id", *fields[name]]} for row in rows]
              for name, rows in document.items() if name in fields}
    labels = {row["id"]: name for name, rows in tables.items() for row in rows if row.get("id")}

    def body(row: dict[str, Any], labels: dict[str, str]) -> str:
        kept = {k: _relabel(v, labels) for k, v in row.items() if k not in LEFT_OUT}
        return json.dumps(kept, sort_keys=True, ensure_ascii=False)

    for _round in range(2):  # a label names the row and, after two rounds, what it points to
        labels = {row["id"]: f"{name}:{_digest(body(row, labels))[:12]}"
                  for name, rows in tables.items() for row in rows if row.get("id")}
    return {name: sorted(body(row, labels) for row in rows) for name, rows in tables.items()}


def summary(document: dict[str, Any], fields: dict[str, list[str]]) -> dict[str, Any]:
    rows = normalised(document, fields)
    return {name: {"fields": fields[name], "rows": len(rows[name]),
                   "sha256": _digest("\n".join(rows[name]))} for name in sorted(rows)}


def demo_export(folder: Path) -> dict[str, Any]:
    nb = Notebook.open(build_demo(folder / "demo.lieux"))
    try:
        return export_document(nb)
    finally:
        nb.close()


def test_demo_builds_the_same_notebook_as_before(tmp_path: Path) -> None:
    expected = json.loads(DIGEST.read_text(encoding="utf-8"))
    fields = {name: entry["fields"] for name, entry in expected.items()}
    actual = summary(demo_export(tmp_path), fields)
    changed = sorted(name for name in expected if actual.get(name) != expected[name])
    assert changed == [], f"the demo's content changed in: {', '.join(changed)}"
    assert sum(entry["rows"] for entry in actual.values()) > 500


def test_the_comparison_sees_a_changed_text(tmp_path: Path) -> None:
    """The digest is not blind: one word changed in one note is caught."""
    expected = json.loads(DIGEST.read_text(encoding="utf-8"))
    fields = {name: entry["fields"] for name, entry in expected.items()}
    document = demo_export(tmp_path)
    document["note"][0]["text"] += " (modifié)"
    actual = summary(document, fields)
    changed = {name for name in expected if actual[name] != expected[name]}
    # The note, and perhaps rows that point to it (an experiment's origin): a
    # reference is labelled by the content of the row it points to.
    assert "note" in changed
    pointing = {name for name, entry in expected.items()
                if {"note_id", "source_id"} & set(entry["fields"])}
    assert changed <= {"note"} | pointing


if __name__ == "__main__":  # python -m tests.core.test_demo_content --write
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python -m tests.core.test_demo_content --write")
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        document = demo_export(Path(folder))
    fields = {name: sorted({key for row in rows for key in row} - LEFT_OUT)
              for name, rows in document.items() if isinstance(rows, list)}
    DIGEST.write_text(json.dumps(summary(document, fields), indent=1, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    print(f"written: {DIGEST}")
