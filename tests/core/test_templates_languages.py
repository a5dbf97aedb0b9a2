"""Built-in templates in English: one per French template, same structure, chosen by language."""

from __future__ import annotations

import pytest

from lieuxcommuns_desktop.core import templates

FRENCH = sorted(p.stem for p in templates.builtin_dir().glob("*.json"))


def test_english_folder_has_every_french_template_and_nothing_else():
    english = sorted(p.stem for p in templates.builtin_dir("en").glob("*.json"))
    assert templates.builtin_dir("en") != templates.builtin_dir()
    assert english == FRENCH and len(FRENCH) >= 5


@pytest.mark.parametrize("key", FRENCH)
def test_english_template_has_the_same_structure(key):
    fr = templates.load(key)
    en = templates.load(key, lang="en")
    assert en.key == fr.key and en.builtin
    assert en.path.parent.name == "en"
    assert [(s.minutes, s.tool) for s in en.steps] == [(s.minutes, s.tool) for s in fr.steps]
    assert en.total_minutes == fr.total_minutes
    assert en.resource_kind == fr.resource_kind
    assert en.stakeholder_categories == fr.stakeholder_categories
    assert len(en.responsibilities) == len(fr.responsibilities)
    assert len(en.decisions) == len(fr.decisions)
    assert [q.kind for q in en.evaluation_questions] == [q.kind for q in fr.evaluation_questions]
    # Translated, not copied: every text differs from the French one.
    assert en.title != fr.title and en.objective != fr.objective
    for en_step, fr_step in zip(en.steps, fr.steps, strict=True):
        assert en_step.title != fr_step.title
        assert en_step.instructions != fr_step.instructions
        assert bool(en_step.materials) == bool(fr_step.materials)
    # No French left in the English texts (a few tell-tale words).
    every = " ".join([en.title, en.objective, en.thematique, en.thematique_description,
                      *(f"{s.title} {s.method} {s.instructions} {s.participant_instructions} "
                        f"{s.materials}" for s in en.steps),
                      *en.responsibilities, *en.decisions,
                      *(q.text for q in en.evaluation_questions)])
    for word in (" vous ", " les ", " des ", " et ", " une ", " du "):
        assert word not in every.lower(), word


def test_list_follows_the_language_and_falls_back_to_french():
    fr = templates.list_templates()
    en = templates.list_templates(lang="en")
    assert [t.key for t in en][-1] == "atelier-partenariat"  # the generic one stays last
    assert sorted(t.key for t in en) == sorted(t.key for t in fr)
    assert {t.title for t in en}.isdisjoint({t.title for t in fr})
    assert [t.title for t in templates.list_templates(lang="de")] == [t.title for t in fr]
    assert "Transitional urbanism" in templates.load("urbanisme-transitoire", lang="en").title


def test_a_missing_translation_falls_back_to_the_french_file(tmp_path, monkeypatch):
    import shutil

    base = tmp_path / "templates"
    shutil.copytree(templates.builtin_dir(), base)
    (base / "en" / "gestion-eau.json").unlink()
    monkeypatch.setattr(templates, "resource", lambda *parts: tmp_path.joinpath(*parts))
    listed = {t.key: t for t in templates.list_templates(lang="en")}
    assert listed["gestion-eau"].title.startswith("Gestion de l'eau")
    assert listed["espaces-naturels"].title.startswith("Natural spaces")
