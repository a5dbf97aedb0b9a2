"""Importing photos into a notebook: placed by time, one transaction each, undoable."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from lieuxcommuns_desktop.core import interchange
from lieuxcommuns_desktop.core.errors import ValidationError
from lieuxcommuns_desktop.core.model import (
    Atelier,
    Photo,
    PhotoData,
    Sequence,
    StakeholderMap,
)
from lieuxcommuns_desktop.core.services import photos, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from tests.core.photos.test_decode import phone_jpeg

#: Live mode recorded: "Accueil" 09:00–09:20 UTC, "Carte" 09:20–10:00 UTC.
START = dt.datetime(2026, 3, 14, 9, 0)


@pytest.fixture
def nb(tmp_path: Path):
    notebook = Notebook.create(tmp_path / "carnet.lieux")
    yield notebook
    notebook.close()


def _atelier(nb: Notebook) -> tuple[str, str, str]:
    atelier = records.create(nb, Atelier, title="La Halle")
    accueil = records.create(nb, Sequence, atelier_id=atelier.id, title="Accueil", position=0,
                             actual_start=START, actual_end=START + dt.timedelta(minutes=20))
    carte = records.create(nb, Sequence, atelier_id=atelier.id, title="Carte des acteurs",
                           position=1, actual_start=START + dt.timedelta(minutes=20),
                           actual_end=START + dt.timedelta(minutes=60))
    return atelier.id, accueil.id, carte.id


def test_exif_time_places_the_photo_in_the_recorded_sequence(nb, tmp_path) -> None:
    atelier, accueil, carte = _atelier(nb)
    # 10:40 at +01:00 is 09:40 UTC: during "Carte des acteurs".
    during_map = phone_jpeg(tmp_path / "a.jpg", when="2026:03:14 10:40:00")
    # 10:10 at +01:00 is 09:10 UTC: during "Accueil".
    during_welcome = phone_jpeg(tmp_path / "b.jpg", when="2026:03:14 10:10:00")
    # 12:00 local is long after: attached to the atelier.
    after = phone_jpeg(tmp_path / "c.jpg", when="2026:03:14 13:00:00")
    # 10:20:30 is 30 s after the change of séquence: asked about.
    change = phone_jpeg(tmp_path / "d.jpg", when="2026:03:14 10:20:30")
    report = photos.import_files(nb, atelier, [during_map, during_welcome, after, change])
    placed = {r.path.name: r for r in report.results}
    assert placed["a.jpg"].sequence_id == carte
    assert placed["b.jpg"].sequence_id == accueil
    assert placed["c.jpg"].sequence_id is None and not placed["c.jpg"].candidates
    assert placed["d.jpg"].candidates == (accueil, carte)
    assert [r.path.name for r in report.ambiguous] == ["d.jpg"]
    listed = photos.list_photos(nb, atelier)
    assert [p.original_name for p in listed] == ["b.jpg", "d.jpg", "a.jpg", "c.jpg"]
    assert all(r.had_location for r in report.results)


def test_stored_photo_has_no_metadata_and_a_thumbnail(nb, tmp_path) -> None:
    atelier, _, _ = _atelier(nb)
    result = photos.import_file(nb, atelier, phone_jpeg(tmp_path / "a.jpg", (3000, 2000)),
                                long_side=1000, quality=80)
    data = photos.image(nb, result.photo_id)
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.size == (1000, 667)
        assert not stored.getexif() and "exif" not in stored.info
    assert b"SERIAL-12345" not in data and b"PhoneMaker" not in data
    with Image.open(io.BytesIO(photos.thumbnail(nb, result.photo_id))) as thumb:
        assert max(thumb.size) == 320


@pytest.mark.parametrize("name, content, words", [
    ("vide.jpg", b"", "vide"),
    ("texte.jpg", b"Ceci n'est pas une photo.\n", "pas une image"),
    ("photo.cr2", b"II*\x00" + bytes(64), "CR2"),
])
def test_refused_files_leave_nothing(nb, tmp_path, name, content, words) -> None:
    atelier, _, _ = _atelier(nb)
    bad = tmp_path / name
    bad.write_bytes(content)
    result = photos.import_file(nb, atelier, bad)
    assert not result.ok and words in result.error and name in result.error
    assert photos.list_photos(nb, atelier) == []
    with nb.read() as session:
        assert session.scalars(select(PhotoData)).all() == []


def test_corrupt_jpeg_is_refused_and_the_others_imported(nb, tmp_path) -> None:
    atelier, _, _ = _atelier(nb)
    good = phone_jpeg(tmp_path / "1.jpg")
    broken = tmp_path / "2.jpg"
    broken.write_bytes(phone_jpeg(tmp_path / "src.jpg", (800, 600)).read_bytes()[:900])
    report = photos.import_files(nb, atelier, [good, broken])
    assert [r.ok for r in report.results] == [True, False]
    assert "2.jpg" in report.results[1].error
    assert len(photos.list_photos(nb, atelier)) == 1


def test_a_folder_is_walked_and_cancel_stops_between_photos(nb, tmp_path) -> None:
    atelier, _, _ = _atelier(nb)
    folder = tmp_path / "DCIM" / "100PHONE"
    folder.mkdir(parents=True)
    for i in range(12):
        phone_jpeg(folder / f"IMG_{i:04d}.JPG", (64, 48))
    (folder / "clip.mov").write_bytes(b"not a photo")
    (folder / ".thumbs.jpg").write_bytes(b"hidden")
    seen: list[int] = []
    report = photos.import_files(nb, atelier, [tmp_path / "DCIM"],
                                 progress=lambda i, n, r: seen.append(i),
                                 cancelled=lambda: len(seen) >= 5)
    assert report.cancelled and len(report.results) == 5 and seen == [1, 2, 3, 4, 5]
    report = photos.import_files(nb, atelier, [tmp_path / "DCIM"])
    assert len(report.imported) == 12 and not report.refused
    assert len(photos.list_photos(nb, atelier)) == 17


def test_caption_move_delete_and_undo(nb, tmp_path) -> None:
    atelier, accueil, carte = _atelier(nb)
    photo_id = photos.import_file(
        nb, atelier, phone_jpeg(tmp_path / "a.jpg", when="2026:03:14 10:40:00")).photo_id
    assert photos.suggest_alt_text(nb, photo_id) == (
        "Photo du tableau de la séquence « Carte des acteurs »")
    assert [p.id for p in photos.missing_alt_text(nb, atelier)] == [photo_id]
    caption = photos.edit_photo(nb, photo_id, caption=" La carte ", alt_text="Une carte")
    assert photos.get_photo(nb, photo_id).caption == "La carte"
    assert photos.missing_alt_text(nb, atelier) == []
    moved = photos.move_photo(nb, photo_id, accueil)
    assert photos.get_photo(nb, photo_id).sequence_id == accueil
    photos.undo(nb, moved)
    assert photos.get_photo(nb, photo_id).sequence_id == carte
    photos.undo(nb, caption)
    assert photos.get_photo(nb, photo_id).caption == ""
    data = photos.image(nb, photo_id)
    m = records.create(nb, StakeholderMap, atelier_id=atelier, title="Carte")
    with nb.write() as session:
        session.get(StakeholderMap, m.id).backdrop_photo_id = photo_id
    deleted = photos.delete_photo(nb, photo_id)
    assert photos.list_photos(nb, atelier) == []
    with nb.read() as session:
        assert session.get(StakeholderMap, m.id).backdrop_photo_id is None
    photos.undo(nb, deleted)
    assert photos.image(nb, photo_id) == data
    with nb.read() as session:
        assert session.get(StakeholderMap, m.id).backdrop_photo_id == photo_id
    photos.redo(nb, deleted)
    assert photos.list_photos(nb, atelier) == []


def test_moving_to_another_ateliers_sequence_is_refused(nb, tmp_path) -> None:
    atelier, _, _ = _atelier(nb)
    other = records.create(nb, Atelier, title="Autre")
    foreign = records.create(nb, Sequence, atelier_id=other.id, title="Ailleurs")
    photo_id = photos.import_file(nb, atelier, phone_jpeg(tmp_path / "a.jpg")).photo_id
    with pytest.raises(Exception, match="introuvable"):
        photos.move_photo(nb, photo_id, foreign.id)


def test_import_is_one_undo_step(nb, tmp_path) -> None:
    atelier, _, _ = _atelier(nb)
    files = [phone_jpeg(tmp_path / f"{i}.jpg", (64, 48)) for i in range(3)]
    edit = photos.import_files(nb, atelier, files).edit()
    assert len(photos.list_photos(nb, atelier)) == 3
    photos.undo(nb, edit)
    assert photos.list_photos(nb, atelier) == []
    photos.redo(nb, edit)
    assert len(photos.list_photos(nb, atelier)) == 3


def test_photos_travel_inline_in_the_interchange_file(nb, tmp_path) -> None:
    atelier, _, carte = _atelier(nb)
    photo_id = photos.import_file(
        nb, atelier, phone_jpeg(tmp_path / "a.jpg", when="2026:03:14 10:40:00")).photo_id
    text = interchange.export_json(nb, atelier_id=atelier)
    doc = json.loads(text)
    assert doc["photo"][0]["sequence_id"] == carte
    other = Notebook.create(tmp_path / "autre.lieux")
    target = Notebook.create(tmp_path / "cible.lieux")
    try:
        interchange.import_json(other, text)
        assert photos.image(other, photo_id) == photos.image(nb, photo_id)
        # Too big, not base64, not a JPEG: refused with its place, nothing imported.
        for bad, words in ((("A" * (12 * 1024 * 1024)), "trop grande"),
                           ("pas du base64 !", "base64"),
                           ("aGVsbG8=", "JPEG")):
            doc["photo_data"][0]["data"] = bad
            with pytest.raises(ValidationError, match=words) as caught:
                interchange.import_json(target, json.dumps(doc))
            assert "photo_data" in caught.value.message
        with target.read() as session:
            assert session.scalars(select(Photo)).all() == []
    finally:
        other.close()
        target.close()


def test_schema_2_document_gets_no_backdrop(nb, tmp_path) -> None:
    atelier, _, _ = _atelier(nb)
    records.create(nb, StakeholderMap, atelier_id=atelier, title="Carte")
    doc = json.loads(interchange.export_json(nb))
    doc["format_version"], doc["schema_version"] = 2, 2
    for table in ("photo", "photo_data", "vote", "vote_option", "vote_round", "vote_count"):
        del doc[table]
    for row in doc["stakeholder_map"]:
        for key in [k for k in row if k.startswith("backdrop_")]:
            del row[key]
    other = Notebook.create(tmp_path / "autre.lieux")
    try:
        interchange.import_json(other, json.dumps(doc))
        with other.read() as session:
            backdrop = session.scalars(select(StakeholderMap)).one()
            assert backdrop.backdrop_photo_id is None and backdrop.backdrop_scale == 1.0
            assert session.scalars(select(Photo)).all() == []
    finally:
        other.close()


def test_a_folder_of_500_photos(nb, tmp_path) -> None:
    """A phone's whole folder: every photo in, one transaction each, listed in order."""
    atelier, _, _ = _atelier(nb)
    folder = tmp_path / "DCIM"
    folder.mkdir()
    tiny = io.BytesIO()
    Image.new("RGB", (16, 12), (90, 160, 40)).save(tiny, format="JPEG")
    for i in range(500):
        (folder / f"IMG_{i:04d}.jpg").write_bytes(tiny.getvalue())
    done: list[int] = []
    report = photos.import_files(nb, atelier, [folder], progress=lambda i, n, r: done.append(n))
    assert len(report.imported) == 500 and not report.refused and set(done) == {500}
    listed = photos.list_photos(nb, atelier)
    assert len(listed) == 500 and len({p.position for p in listed}) == 500
