"""Photo import speed, notebook growth per photo, and opening a notebook full of photos.

Prints, side by side in the same run:

- importing N photos of 12 megapixels (4,000 × 3,000 JPEGs with texture, as a
  phone writes them, EXIF included) through ``services.photos.import_files``
  — check, decode, orient, strip, resize to 2,560 px, encode, thumbnail, one
  committed transaction each — against Pillow alone doing decode + resize to
  2,560 px + save JPEG of the same files (target: within 1.5×);
- the notebook's growth per photo (target: at most 0.8 MB);
- opening a notebook with 500 photos (outline, open, its ateliers: what the
  window does) against the same notebook without them (target: no slower);
  and listing the 500 photos of an atelier (the gallery, the minutes'
  outline) against reading the same rows with their image bytes — the bytes
  live in ``photo_data`` and are never read to list.

    python benchmarks/photos.py [--photos 100] [--open-runs 15]
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.photos import decode
from lieuxcommuns_desktop.core.services import photos, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.core.services.outline import read_outline

SIZE = (4000, 3000)


def make_photos(folder: Path, count: int) -> list[Path]:
    """Boards photographed: paper with noise (sensor grain), post-its, marker lines."""
    folder.mkdir(parents=True, exist_ok=True)
    grain = [Image.effect_noise(SIZE, 40 + 5 * i) for i in range(3)]
    paths = []
    for n in range(count):
        channels = [g.point(lambda v, k=k, n=n: min(255, v + 150 + (n * 7 + k * 20) % 60))
                    for k, g in enumerate(grain)]
        image = Image.merge("RGB", channels)
        draw = ImageDraw.Draw(image)
        for i in range(40):
            x, y = (i * 397 + n * 131) % 3600, (i * 211 + n * 89) % 2600
            draw.rectangle((x, y, x + 300, y + 300),
                           fill=((i * 53) % 255, 200, (i * 97 + n) % 255))
            draw.line((x, y + 320, x + 380, y + 360), fill=(20, 20, 60), width=9)
        exif = Image.Exif()
        exif[0x010F] = "PhoneMaker"
        exif.get_ifd(decode.EXIF_IFD)[decode.TAG_DATETIME_ORIGINAL] = (
            f"2026:03:14 10:{n % 60:02d}:00")
        exif.get_ifd(decode.GPS_IFD).update({1: "N", 2: (48.0, 51.0, 24.0)})
        path = folder / f"IMG_{n:04d}.jpg"
        image.save(path, format="JPEG", quality=90, exif=exif.tobytes())
        paths.append(path)
    return paths


def pillow_one(path: Path) -> float:
    """Decode + resize to the same long side + save, with nothing else."""
    start = time.perf_counter()
    with Image.open(path) as image:
        image.thumbnail((decode.DEFAULT_LONG_SIDE, decode.DEFAULT_LONG_SIDE),
                        Image.Resampling.LANCZOS)
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=decode.DEFAULT_QUALITY)
    return time.perf_counter() - start


def import_both(path: Path, paths: list[Path]) -> tuple[float, float, str, Notebook]:
    """The app's import and Pillow alone, photo by photo in turn (same machine load).

    Each photo is one ``import_file`` call, as ``import_files`` makes them.
    """
    nb = Notebook.create(path, title="Benchmark")
    atelier = records.create(nb, m.Atelier, title="Atelier")
    placing = photos.spans(nb, atelier.id)
    app = baseline = 0.0
    for index, source in enumerate(paths):
        if index % 2:
            baseline += pillow_one(source)
        start = time.perf_counter()
        result = photos.import_file(nb, atelier.id, source, placing=placing)
        app += time.perf_counter() - start
        assert result.ok, result.error
        if not index % 2:
            baseline += pillow_one(source)
    return app, baseline, atelier.id, nb


def fill_to(nb: Notebook, atelier_id: str, target: int) -> None:
    """Copy the imported photos' rows until the atelier holds ``target`` photos."""
    with nb.read() as session:
        data = [(p, d) for p, d in session.query(m.Photo, m.PhotoData)
                .join(m.PhotoData, m.PhotoData.photo_id == m.Photo.id)]
    count = len(data)
    with nb.write() as session:
        for i in range(count, target):
            photo, blob = data[i % len(data)]
            new = m.Photo(id=m.new_id(), atelier_id=atelier_id, taken_at=photo.taken_at,
                          time_source=photo.time_source, width=photo.width,
                          height=photo.height, position=i, original_name=f"copy{i}.jpg")
            session.add(new)
            session.flush()
            session.add(m.PhotoData(id=m.new_id(), photo_id=new.id, data=blob.data,
                                    thumbnail=blob.thumbnail))


def open_notebook(path: Path) -> float:
    """What opening a notebook costs the window: outline, open, its ateliers."""
    start = time.perf_counter()
    read_outline(path)
    nb = Notebook.open(path)
    try:
        with nb.read() as session:
            session.query(m.Atelier).all()
    finally:
        nb.close()
    return time.perf_counter() - start


def listing(nb: Notebook, atelier_id: str, runs: int) -> tuple[float, float]:
    """The gallery's list (no bytes) against the same rows read with their bytes."""
    lazy, eager = [], []
    for _ in range(runs):
        start = time.perf_counter()
        photos.list_photos(nb, atelier_id)
        lazy.append(time.perf_counter() - start)
        start = time.perf_counter()
        with nb.read() as session:
            session.query(m.Photo, m.PhotoData).join(
                m.PhotoData, m.PhotoData.photo_id == m.Photo.id).all()
        eager.append(time.perf_counter() - start)
    return statistics.median(lazy), statistics.median(eager)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--open-runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        paths = make_photos(root / "DCIM", args.photos)
        source_mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"made {len(paths)} photos of {SIZE[0]}×{SIZE[1]} px "
              f"({source_mb / len(paths):.1f} MB each) in {time.perf_counter() - t0:.0f} s")
        notebook = root / "photos.lieux"
        empty = root / "empty.lieux"
        Notebook.create(empty).close()
        empty_size = empty.stat().st_size
        app, baseline, atelier_id, nb = import_both(notebook, paths)
        nb.close()
        ratio = app / baseline
        print(f"import:  app {app:6.1f} s ({app / len(paths) * 1000:5.0f} ms/photo)   "
              f"Pillow alone {baseline:6.1f} s ({baseline / len(paths) * 1000:5.0f} ms/photo)"
              f"   ratio {ratio:.2f}× (target ≤ 1.5×)")
        growth = (notebook.stat().st_size - empty_size) / len(paths) / 1e6
        print(f"growth:  {growth:.2f} MB per photo (target ≤ 0.8 MB)")

        with_photos = root / "with.lieux"
        without = root / "without.lieux"
        shutil.copyfile(notebook, with_photos)
        nb = Notebook.open(with_photos)
        fill_to(nb, atelier_id, 500)
        nb.close()
        shutil.copyfile(with_photos, without)
        nb = Notebook.open(without)
        with nb.write() as session:
            session.query(m.PhotoData).delete()
            session.query(m.Photo).delete()
        nb.close()
        import sqlite3

        conn = sqlite3.connect(without)
        conn.execute("VACUUM")
        conn.close()
        runs_with, runs_without = [], []
        for _ in range(args.open_runs):  # interleaved: same cache state for both
            runs_with.append(open_notebook(with_photos))
            runs_without.append(open_notebook(without))
        mw, mo = statistics.median(runs_with), statistics.median(runs_without)
        print(f"open:    500 photos ({with_photos.stat().st_size / 1e6:.0f} MB) "
              f"{mw * 1000:6.1f} ms   without photos "
              f"({without.stat().st_size / 1e6:.1f} MB) {mo * 1000:6.1f} ms   "
              f"ratio {mw / mo:.2f}× (median of {args.open_runs})")
        nb = Notebook.open(with_photos)
        try:
            lazy, eager = listing(nb, atelier_id, 5)
        finally:
            nb.close()
        print(f"list:    500 photos of an atelier {lazy * 1000:6.1f} ms   "
              f"the same rows with their bytes {eager * 1000:6.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
