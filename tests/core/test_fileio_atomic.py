"""Every output goes through ``core/fileio``: a failure never leaves half a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.fileio import atomic_path, copy_atomic, write_atomic_bytes


def test_atomic_path_renames_on_success_only(tmp_path: Path) -> None:
    target = tmp_path / "carte.svg"
    target.write_text("previous")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half a fi")
        raise RuntimeError("the renderer failed half-way")
    assert target.read_text() == "previous"
    assert not list(tmp_path.glob(".*.part"))
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target
        tmp.write_text("whole")
        assert target.read_text() == "previous"  # nothing visible until the end
    assert target.read_text() == "whole"


def test_an_unwritable_folder_is_one_io_error(tmp_path: Path) -> None:
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("x")
    with pytest.raises(LieuxError) as info:
        write_atomic_bytes(blocker / "carte.png", b"png")
    assert info.value.code == "io"
    with pytest.raises(LieuxError):
        copy_atomic(tmp_path / "absent.pdf", tmp_path / "kit.pdf")
    assert not (tmp_path / "kit.pdf").exists() and not list(tmp_path.glob(".*.part"))


def test_copy_atomic_copies(tmp_path: Path) -> None:
    source = tmp_path / "apercu.pdf"
    source.write_bytes(b"%PDF-1.4 preview")
    assert copy_atomic(source, tmp_path / "kit.pdf").read_bytes() == b"%PDF-1.4 preview"


def test_a_failed_evaluation_report_keeps_the_previous_pdf(notebook, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus import Flowable

    from lieuxcommuns_desktop.publishing import evaluation_report

    class Broken(Flowable):
        def wrap(self, *_args: object) -> tuple[float, float]:
            raise RuntimeError("half-way through the layout")

    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"previous report")
    monkeypatch.setattr(evaluation_report, "story", lambda nb: [Broken()])
    with pytest.raises(RuntimeError):
        evaluation_report.pdf_report(notebook, target)
    assert target.read_bytes() == b"previous report"
    assert not list(tmp_path.glob(".*.part"))
