"""Built-in templates are complete and valid; personal ones fail clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core import templates
from lieuxcommuns_desktop.core.enums import ActeurCategory, QuestionKind, ResourceKind, Tool
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.templates import TemplateError

BUILTIN = {
    "urbanisme-transitoire": ResourceKind.FONCIER_BATIMENT,
    "equipements-culturels": ResourceKind.EQUIPEMENT,
    "gestion-eau": ResourceKind.EAU,
    "espaces-naturels": ResourceKind.ESPACE_NATUREL,
    "atelier-partenariat": ResourceKind.AUTRE,
}
TOOLS_EXPECTED = {Tool.CARTE, Tool.ROLES, Tool.DECISIONS, Tool.COMMUNS, Tool.EVALUATION}


def test_builtin_keys_are_the_five_themes() -> None:
    assert templates.builtin_keys() == set(BUILTIN)
    listed = templates.list_templates()
    assert [t.key for t in listed][-1] == "atelier-partenariat"  # the generic one last
    assert {t.key for t in listed} == set(BUILTIN)
    assert all(t.builtin for t in listed)


@pytest.mark.parametrize("key", sorted(BUILTIN))
def test_builtin_template_is_complete(key: str) -> None:
    t = templates.load(key)
    assert t.key == key and t.builtin
    assert t.resource_kind is BUILTIN[key]
    assert t.title and t.thematique and t.thematique_description
    sentences = [s for s in t.objective.split(". ") if s.strip()]
    assert 2 <= len(sentences) <= 4
    assert 7 <= len(t.steps) <= 10
    assert 150 <= t.total_minutes <= 210
    assert TOOLS_EXPECTED <= {s.tool for s in t.steps}
    for step in t.steps:
        assert step.title and step.method and step.participant_instructions
        assert isinstance(step.tool, Tool)
        # Read aloud: several sentences addressed to the facilitators ("Vous …").
        assert step.instructions.count(". ") >= 1, step.title
        assert "Vous " in step.instructions or "vous " in step.instructions, step.title
    assert 6 <= len(t.responsibilities) <= 10
    assert 6 <= len(t.decisions) <= 10
    assert len(set(t.responsibilities)) == len(t.responsibilities)
    assert all(isinstance(c, ActeurCategory) for c in t.stakeholder_categories)
    assert ActeurCategory.COLLECTIVITE in t.stakeholder_categories
    scales = [q for q in t.evaluation_questions if q.kind is QuestionKind.SCALE5]
    opens = [q for q in t.evaluation_questions if q.kind is QuestionKind.OPEN]
    assert 4 <= len(scales) <= 6 and 2 <= len(opens) <= 3
    assert t.format_version == templates.FORMAT_VERSION


def test_to_dict_round_trips() -> None:
    t = templates.load("gestion-eau")
    again = templates.from_dict(json.loads(json.dumps(templates.to_dict(t))), key=t.key,
                                builtin=True, path=t.path)
    assert again == t


def test_unknown_key_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as info:
        templates.load("nope", tmp_path)
    assert "nope" in str(info.value)
    with pytest.raises(TemplateError):
        templates.load("../gestion-eau", tmp_path)


def _valid() -> dict:
    return templates.to_dict(templates.load("espaces-naturels"))


BAD_CASES = [
    ("{not json", "JSON"),
    ("[]", "$"),
    ({"steps": [{"title": "X", "minutes": 5}]}, "title"),
    ({**_valid(), "steps": []}, "steps"),
    ({**_valid(), "steps": [{"title": "X", "minutes": "dix"}]}, "steps[0].minutes"),
    ({**_valid(), "steps": [{"title": "X", "minutes": 10, "tool": "tableau"}]},
     "steps[0].tool"),
    ({**_valid(), "steps": [{"minutes": 10}]}, "steps[0].title"),
    ({**_valid(), "resource_kind": "lune"}, "resource_kind"),
    ({**_valid(), "stakeholder_categories": ["martiens"]}, "stakeholder_categories[0]"),
    ({**_valid(), "responsibilities": [3]}, "responsibilities[0]"),
    ({**_valid(), "evaluation_questions": [{"text": "Q", "kind": "stars"}]},
     "evaluation_questions[0].kind"),
    ({**_valid(), "format_version": 99}, "format_version"),
]


@pytest.mark.parametrize(("content", "where"), BAD_CASES)
def test_malformed_personal_template_gives_clear_error(
    tmp_path: Path, content: object, where: str
) -> None:
    path = tmp_path / "mon-modele.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content),
                    encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        templates.load("mon-modele", tmp_path)
    err = info.value
    assert isinstance(err, LieuxError)
    assert err.code == "template_invalid"
    assert "mon-modele.json" in err.message and where in err.message
    assert "invalide" in err.message  # French, for the facilitator
    assert "Traceback" not in err.message


def test_list_skips_bad_personal_files_and_reports_them(tmp_path: Path) -> None:
    (tmp_path / "casse.json").write_text("{", encoding="utf-8")
    (tmp_path / "binaire.json").write_bytes(b"\xff\xfe\x00")
    good = {**_valid(), "title": "Mon parc"}
    (tmp_path / "mon-parc.json").write_text(json.dumps(good), encoding="utf-8")
    shadow = {**_valid(), "title": "Fausse eau"}
    (tmp_path / "gestion-eau.json").write_text(json.dumps(shadow), encoding="utf-8")
    problems: list[TemplateError] = []
    listed = templates.list_templates(tmp_path, problems=problems)
    keys = [t.key for t in listed]
    assert keys[-1] == "mon-parc" and not listed[-1].builtin
    assert keys.count("gestion-eau") == 1
    assert templates.load("gestion-eau", tmp_path).title != "Fausse eau"
    assert sorted(p.params["path"].name for p in problems) == ["binaire.json", "casse.json"]
    assert {p.code for p in problems} == {"template_invalid", "template_unreadable"}


def test_missing_personal_folder_lists_builtins_only(tmp_path: Path) -> None:
    assert len(templates.list_templates(tmp_path / "absent")) == len(BUILTIN)
