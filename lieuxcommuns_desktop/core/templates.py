"""Thematic templates: the agendas, matrices and questions an atelier starts from.

Built-in templates ship as JSON files in ``resources/templates/`` (French,
the source language) and their translations in ``resources/templates/<lang>/``
under the same file names, so a key names the same template in every language;
the interface's language chooses which set is read. A
facilitator's own templates (*modèles personnels*, made with
``services.ateliers.save_as_template``) are the same JSON files in a folder
the caller passes in (the window gives the user data folder: core takes paths).
A template's key is its file name without ``.json``.

A personal file may have been edited by hand or come from a colleague, so
every file is validated field by field and a bad one raises
:class:`TemplateError`, naming the file and the offending field in French,
instead of a traceback.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from ..resources import resource
from .enums import ActeurCategory, QuestionKind, ResourceKind, Tool
from .errors import LieuxError
from .fileio import write_atomic
from .i18n import QT_TRANSLATE_NOOP, tr
from .json_value import JSONObject, JSONValue
from .labels import strip_accents

log = logging.getLogger(__name__)

E = TypeVar("E", bound=Enum)

CTX = "templates"

#: The version of the JSON layout this code reads and writes.
FORMAT_VERSION = 1

#: A key is also a file name: lowercase letters, digits and dashes.
KEY_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")

MESSAGES: dict[str, str] = {
    "template_invalid": QT_TRANSLATE_NOOP(
        "templates", "Le modèle « {path} » est invalide ({where}) : {reason}"
    ),
    "template_unreadable": QT_TRANSLATE_NOOP(
        "templates", "Le modèle « {path} » ne peut pas être lu : {reason}"
    ),
    "template_not_found": QT_TRANSLATE_NOOP("templates", "Modèle introuvable : « {key} »."),
    "template_builtin_key": QT_TRANSLATE_NOOP(
        "templates",
        "« {key} » est le nom d'un modèle fourni avec l'application : "
        "choisissez un autre nom pour votre modèle.",
    ),
    "template_bad_key": QT_TRANSLATE_NOOP(
        "templates",
        "Nom de modèle invalide : « {key} ». Utilisez des lettres minuscules sans accent, "
        "des chiffres et des tirets (par exemple « mon-atelier »).",
    ),
    "template_exists": QT_TRANSLATE_NOOP(
        "templates", "Un modèle personnel nommé « {key} » existe déjà ({path})."
    ),
}

# Reasons are translated too: they end up in the same sentence.
REASONS: dict[str, str] = {
    "json": QT_TRANSLATE_NOOP("templates", "ce n'est pas du JSON valide (ligne {line})"),
    "object": QT_TRANSLATE_NOOP("templates", "un objet JSON est attendu"),
    "missing": QT_TRANSLATE_NOOP("templates", "champ obligatoire manquant"),
    "text": QT_TRANSLATE_NOOP("templates", "un texte est attendu"),
    "empty": QT_TRANSLATE_NOOP("templates", "ce texte ne peut pas être vide"),
    "list": QT_TRANSLATE_NOOP("templates", "une liste est attendue"),
    "integer": QT_TRANSLATE_NOOP("templates", "un nombre entier est attendu"),
    "range": QT_TRANSLATE_NOOP("templates", "valeur hors limites ({low} à {high})"),
    "choice": QT_TRANSLATE_NOOP("templates", "valeur inconnue « {value} » (possibles : {choices})"),
    "newer": QT_TRANSLATE_NOOP(
        "templates", "format {version} plus récent que celui de cette version ({supported})"
    ),
    "no_steps": QT_TRANSLATE_NOOP("templates", "au moins une séquence est nécessaire"),
}


class TemplateError(LieuxError):
    """A template that cannot be used; the message says which file and why."""

    @property
    def message(self) -> str:
        return tr(CTX, MESSAGES.get(self.code, self.code), **self.params)


@dataclass(frozen=True)
class Step:
    """One séquence of a template's agenda."""

    title: str
    minutes: int
    method: str = ""
    instructions: str = ""
    participant_instructions: str = ""
    materials: str = ""
    tool: Tool = Tool.AUCUN


@dataclass(frozen=True)
class Question:
    text: str
    kind: QuestionKind = QuestionKind.SCALE5


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    objective: str
    steps: tuple[Step, ...]
    thematique: str = ""
    thematique_description: str = ""
    resource_kind: ResourceKind = ResourceKind.AUTRE
    responsibilities: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    stakeholder_categories: tuple[ActeurCategory, ...] = ()
    evaluation_questions: tuple[Question, ...] = ()
    builtin: bool = False
    path: Path | None = field(default=None, compare=False)
    format_version: int = FORMAT_VERSION

    @property
    def total_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)


# -- reading -------------------------------------------------------------------
def builtin_dir(lang: str | None = None) -> Path:
    """The built-in templates in ``lang``; French (the source) when it has none."""
    base = resource("templates")
    if lang and lang != "fr" and KEY_PATTERN.match(lang) and (base / lang).is_dir():
        return base / lang
    return base


def builtin_keys() -> set[str]:
    return {p.stem for p in builtin_dir().glob("*.json")}


def _builtin_file(key: str, lang: str | None) -> Path:
    """``key``'s file in ``lang``, else the French one (a translation may lag behind)."""
    path = builtin_dir(lang) / f"{key}.json"
    return path if path.is_file() else builtin_dir() / f"{key}.json"


def load_file(path: Path | str, *, builtin: bool = False) -> Template:
    """Read and validate one template file; raises :class:`TemplateError`."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise TemplateError("template_unreadable", path=path, reason=reason) from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise invalid_error(path, "$", "json", line=exc.lineno) from exc
    return from_dict(data, key=path.stem, builtin=builtin, path=path)


def from_dict(
    data: JSONValue, *, key: str, builtin: bool = False, path: Path | None = None
) -> Template:
    """Validate a decoded template; errors name the field as ``steps[2].minutes``."""
    where = path if path is not None else key
    v = _Validator(where)
    obj = v.obj(data, "$")
    version = v.integer(obj, "format_version", low=1, high=10**6, default=FORMAT_VERSION)
    if version > FORMAT_VERSION:
        raise invalid_error(where, "format_version", "newer", version=version,
                       supported=FORMAT_VERSION)
    steps_raw = v.items(obj, "steps", required=True)
    if not steps_raw:
        raise invalid_error(where, "steps", "no_steps")
    steps = []
    for i, item in enumerate(steps_raw):
        at = f"steps[{i}]"
        s = v.obj(item, at)
        steps.append(Step(
            title=v.text(s, "title", at, required=True),
            minutes=v.integer(s, "minutes", at, low=1, high=600, required=True),
            method=v.text(s, "method", at),
            instructions=v.text(s, "instructions", at),
            participant_instructions=v.text(s, "participant_instructions", at),
            materials=v.text(s, "materials", at),
            tool=v.choice(s, "tool", Tool, at, default=Tool.AUCUN),
        ))
    questions = []
    for i, item in enumerate(v.items(obj, "evaluation_questions")):
        at = f"evaluation_questions[{i}]"
        q = v.obj(item, at)
        questions.append(Question(
            text=v.text(q, "text", at, required=True),
            kind=v.choice(q, "kind", QuestionKind, at, default=QuestionKind.SCALE5),
        ))
    categories = []
    for i, item in enumerate(v.items(obj, "stakeholder_categories")):
        categories.append(v.enum_value(item, ActeurCategory, f"stakeholder_categories[{i}]"))
    return Template(
        key=key,
        title=v.text(obj, "title", required=True),
        objective=v.text(obj, "objective"),
        steps=tuple(steps),
        thematique=v.text(obj, "thematique"),
        thematique_description=v.text(obj, "thematique_description"),
        resource_kind=v.choice(obj, "resource_kind", ResourceKind, default=ResourceKind.AUTRE),
        responsibilities=tuple(v.strings(obj, "responsibilities")),
        decisions=tuple(v.strings(obj, "decisions")),
        stakeholder_categories=tuple(categories),
        evaluation_questions=tuple(questions),
        builtin=builtin,
        path=path,
        format_version=version,
    )


def list_templates(
    personal_dir: Path | str | None = None,
    *,
    problems: list[TemplateError] | None = None,
    lang: str | None = None,
) -> list[Template]:
    """Built-in templates in ``lang`` (in title order), then the personal ones.

    A malformed personal file is left out and, when ``problems`` is given,
    reported there, so one bad file never hides the others. A personal file
    named like a built-in template is ignored: the built-in one wins.
    """
    builtins = sorted(
        (load_file(_builtin_file(key, lang), builtin=True) for key in sorted(builtin_keys())),
        key=_order,
    )
    taken = {t.key for t in builtins}
    personal: list[Template] = []
    for path in _personal_files(personal_dir):
        if path.stem in taken:
            log.warning("personal template %s shadows a built-in one; ignored", path)
            continue
        try:
            personal.append(load_file(path))
        except TemplateError as exc:
            log.warning("%s", exc.message)
            if problems is not None:
                problems.append(exc)
    return builtins + sorted(personal, key=_order)


def load(key: str, personal_dir: Path | str | None = None, *,
         lang: str | None = None) -> Template:
    """The template named ``key``: built-in first (in ``lang``), then personal."""
    path = _builtin_file(key, lang) if KEY_PATTERN.match(key) else Path()
    if KEY_PATTERN.match(key) and path.is_file():
        return load_file(path, builtin=True)
    if personal_dir is not None and KEY_PATTERN.match(key):
        path = Path(personal_dir) / f"{key}.json"
        if path.is_file():
            return load_file(path)
    raise TemplateError("template_not_found", key=key)


# -- writing -------------------------------------------------------------------
def to_dict(template: Template) -> dict[str, Any]:
    """The JSON layout of a template (what :func:`from_dict` reads back)."""
    return {
        "format_version": FORMAT_VERSION,
        "title": template.title,
        "thematique": template.thematique,
        "thematique_description": template.thematique_description,
        "resource_kind": template.resource_kind.value,
        "objective": template.objective,
        "steps": [
            {
                "title": s.title,
                "minutes": s.minutes,
                "method": s.method,
                "instructions": s.instructions,
                "participant_instructions": s.participant_instructions,
                "materials": s.materials,
                "tool": s.tool.value,
            }
            for s in template.steps
        ],
        "responsibilities": list(template.responsibilities),
        "decisions": list(template.decisions),
        "stakeholder_categories": [c.value for c in template.stakeholder_categories],
        "evaluation_questions": [
            {"text": q.text, "kind": q.kind.value} for q in template.evaluation_questions
        ],
    }


def check_personal_key(key: str) -> None:
    """Raise unless ``key`` can name a new personal template file."""
    if not KEY_PATTERN.match(key):
        raise TemplateError("template_bad_key", key=key)
    if key in builtin_keys():
        raise TemplateError("template_builtin_key", key=key)


def write_personal(
    template: Template, personal_dir: Path | str, *, overwrite: bool = False
) -> Path:
    """Write ``template`` as ``<personal_dir>/<key>.json``, atomically."""
    check_personal_key(template.key)
    folder = Path(personal_dir)
    target = folder / f"{template.key}.json"
    if target.exists() and not overwrite:
        raise TemplateError("template_exists", key=template.key, path=target)
    text = json.dumps(to_dict(template), ensure_ascii=False, indent=2) + "\n"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LieuxError("io", path=target, reason=exc.strerror or exc) from exc
    return write_atomic(target, text)


# -- helpers -------------------------------------------------------------------
def _order(template: Template) -> tuple[int, str]:
    # The generic template comes last among the built-ins: it is the fallback.
    return (1 if template.key == "atelier-partenariat" else 0, sort_key(template.title))


def sort_key(text: str) -> str:
    """Accents ignored, so « Équipements » sorts among the E."""
    return strip_accents(text.casefold())


def _personal_files(personal_dir: Path | str | None) -> Iterable[Path]:
    if personal_dir is None:
        return []
    folder = Path(personal_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if p.is_file())


def invalid_error(where: object, field_path: str, reason: str, **params: object) -> TemplateError:
    """The error for a bad field; ``reason`` is a key of :data:`REASONS`."""
    return TemplateError(
        "template_invalid", path=where, where=field_path,
        reason=tr(CTX, REASONS[reason], **params),
    )


class _Validator:
    """Field readers that raise :class:`TemplateError` with the field's path."""

    def __init__(self, where: object) -> None:
        self.where = where

    def fail(self, at: str, reason: str, **params: object) -> TemplateError:
        return invalid_error(self.where, at, reason, **params)

    @staticmethod
    def _at(parent: str, name: str) -> str:
        return name if parent == "$" else f"{parent}.{name}"

    def obj(self, value: JSONValue, at: str) -> JSONObject:
        if not isinstance(value, dict):
            raise self.fail(at, "object")
        return value

    def text(self, obj: JSONObject, name: str, parent: str = "$", *,
             required: bool = False) -> str:
        at = self._at(parent, name)
        if name not in obj:
            if required:
                raise self.fail(at, "missing")
            return ""
        value = obj[name]
        if not isinstance(value, str):
            raise self.fail(at, "text")
        if required and not value.strip():
            raise self.fail(at, "empty")
        return value

    def integer(
        self, obj: JSONObject, name: str, parent: str = "$", *, low: int, high: int,
        required: bool = False, default: int = 0,
    ) -> int:
        at = self._at(parent, name)
        if name not in obj:
            if required:
                raise self.fail(at, "missing")
            return default
        value = obj[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(at, "integer")
        if not low <= value <= high:
            raise self.fail(at, "range", low=low, high=high)
        return value

    def enum_value(self, value: JSONValue, enum_cls: type[E], at: str) -> E:
        choices = [m.value for m in enum_cls]
        if not isinstance(value, str) or value not in choices:
            raise self.fail(at, "choice", value=value, choices=", ".join(choices))
        return enum_cls(value)

    def choice(
        self, obj: JSONObject, name: str, enum_cls: type[E], parent: str = "$", *, default: E
    ) -> E:
        if name not in obj:
            return default
        return self.enum_value(obj[name], enum_cls, self._at(parent, name))

    def items(self, obj: JSONObject, name: str, *, required: bool = False) -> list[JSONValue]:
        if name not in obj:
            if required:
                raise self.fail(name, "missing")
            return []
        value = obj[name]
        if not isinstance(value, list):
            raise self.fail(name, "list")
        return value

    def strings(self, obj: JSONObject, name: str) -> list[str]:
        result = []
        for i, value in enumerate(self.items(obj, name)):
            if not isinstance(value, str):
                raise self.fail(f"{name}[{i}]", "text")
            if not value.strip():
                raise self.fail(f"{name}[{i}]", "empty")
            result.append(value)
        return result
