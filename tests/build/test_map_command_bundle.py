"""The ``map`` command's Qt-free PNG and SVG need nothing the bundle leaves out."""

from __future__ import annotations

from pathlib import Path

from tests.build.loaded import excluded_among, modules_loaded


def test_the_map_pictures_need_no_excluded_module(cfg, tmp_path: Path) -> None:
    """Pillow's FreeType module draws the PNG's text: the bundle must keep it."""
    code = (
        "import sys\n"
        "from lieuxcommuns_desktop.core.services.atelier_views import MapData, Placement\n"
        "from lieuxcommuns_desktop.printing import map_image\n"
        "before = set(sys.modules)\n"
        "data = MapData('Carte', 'onion', [Placement('a', 'Mairie', 'collectivite', 0.0, 0.0)],"
        " [])\n"
        "assert map_image.png(data, 300)[:4] == b'\\x89PNG'\n"
        "assert map_image.svg(data, 300).startswith('<svg')\n"
        "print('\\n'.join(set(sys.modules) - before))\n"
    )
    loaded = modules_loaded(code)
    assert "PIL.ImageDraw" in loaded
    assert excluded_among(loaded, cfg.EXCLUDED_MODULES) == []
