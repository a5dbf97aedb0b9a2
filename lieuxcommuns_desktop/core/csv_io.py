"""CSV import and export of participants and acteurs, without Qt.

Facilitators receive registration spreadsheets saved by whatever program the
organiser used: UTF-8 with or without a byte-order mark, or Windows-1252 from
an old Excel; commas, semicolons or tabs. :func:`read_csv` detects both,
:func:`guess_mapping` maps columns from their headers (French or English),
and :func:`plan_import` checks every row *before* anything is written: the
window imports only a plan without errors, in one transaction.

Export writes UTF-8 **with** a BOM (so Excel shows the accents) and uses
``;`` as the delimiter: French-locale Excel, where the comma is the decimal
separator, splits semicolon files into columns on double-click, and
LibreOffice detects either. Rows end with CRLF, as RFC 4180 says. A cell a
spreadsheet would run as a formula (``=…``, ``@…``) is written with a leading
apostrophe (:mod:`core.csv_safe`), removed again when the file is re-imported.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import csv_safe
from .csv_safe import restore
from .enums import ActeurCategory
from .i18n import QT_TRANSLATE_NOOP, tr
from .labels import LABELS, fold, label, person_name

CONTEXT = "csv"
EXPORT_DELIMITER = ";"
EXPORT_ENCODING = "utf-8-sig"
DELIMITERS = (",", ";", "\t")
EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")

MSG = {
    "empty": QT_TRANSLATE_NOOP("csv", "Le fichier est vide."),
    "unmapped": QT_TRANSLATE_NOOP("csv", "Aucune colonne n'est associée à « {field} »."),
    "missing_name": QT_TRANSLATE_NOOP("csv", "Ligne {line} : nom manquant."),
    "bad_category": QT_TRANSLATE_NOOP("csv", "Ligne {line} : catégorie inconnue « {value} »."),
    "bad_email": QT_TRANSLATE_NOOP("csv", "Ligne {line} : courriel invalide « {value} »."),
    "mapped_twice": QT_TRANSLATE_NOOP(
        "csv", "La colonne « {column} » est associée à plusieurs champs ({fields}) : "
        "associez-la à un seul."),
    "one_field": QT_TRANSLATE_NOOP(
        "csv", "Chaque ligne tient en une seule colonne alors qu'elle contient des « {found} » : "
        "le séparateur choisi n'est sans doute pas le bon."),
}


# -- reading -------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 with BOM, UTF-8, else Windows-1252.

    cp1252 decodes any byte except five unassigned ones; those fall back to
    Latin-1 so that reading never fails on a stray byte.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``,`` ``;`` tab that splits the first lines evenly.

    For each candidate, count the fields of the first lines (outside quotes,
    via the csv module); the candidate giving the same count > 1 on most
    lines wins, ties going to the most fields. ``,`` when nothing splits.
    """
    sample = "\n".join(text.splitlines()[:20])
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = (counts.count(common), common)
        if common > 1 and score > best_score:
            best, best_score = delimiter, score
    return best


@dataclass
class CsvTable:
    headers: list[str]
    rows: list[list[str]]
    #: Line number in the file where each row starts (header is line 1).
    lines: list[int]
    encoding: str
    delimiter: str


def parse_text(text: str, delimiter: str | None = None, encoding: str = "utf-8") -> CsvTable:
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    headers: list[str] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    for record in reader:
        if not headers:
            headers = [restore(h.strip()) for h in record]
        elif any(cell.strip() for cell in record):
            rows.append([restore(c.strip()) for c in record])
            lines.append(start)
        start = reader.line_num + 1
    return CsvTable(headers, rows, lines, encoding, delimiter)


def read_csv(
    path: Path | str, encoding: str | None = None, delimiter: str | None = None
) -> CsvTable:
    """Read a whole CSV file, detecting what is not given."""
    data = Path(path).read_bytes()
    if encoding:
        text, used = data.decode(encoding, errors="replace"), encoding
        if encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
            text = text.removeprefix("\ufeff")
    else:
        text, used = decode(data)
    return parse_text(text, delimiter, used)


# -- mapping -------------------------------------------------------------------
@dataclass(frozen=True)
class Field:
    key: str
    #: French source label, translated in context "csv".
    title: str
    synonyms: tuple[str, ...]
    required: bool = False

    @property
    def label(self) -> str:
        return tr(CONTEXT, self.title)


PARTICIPANT_FIELDS: tuple[Field, ...] = (
    Field("last_name", QT_TRANSLATE_NOOP("csv", "Nom"),
          ("nom", "nom de famille", "last name", "lastname", "surname", "family name", "name"),
          required=True),
    Field("first_name", QT_TRANSLATE_NOOP("csv", "Prénom"),
          ("prenom", "first name", "firstname", "given name", "prenoms")),
    Field("structure", QT_TRANSLATE_NOOP("csv", "Structure"),
          ("structure", "organisation", "organisme", "organization", "acteur", "entreprise",
           "employeur", "association", "collectif", "institution", "company")),
    Field("category", QT_TRANSLATE_NOOP("csv", "Catégorie"),
          ("categorie", "category", "type", "type d acteur", "type de structure", "collège",
           "college", "famille")),
    Field("email", QT_TRANSLATE_NOOP("csv", "Courriel"),
          ("courriel", "email", "e mail", "mail", "mel", "adresse electronique",
           "adresse mail", "adresse courriel")),
    Field("phone", QT_TRANSLATE_NOOP("csv", "Téléphone"),
          ("telephone", "tel", "portable", "mobile", "phone", "numero", "gsm")),
    Field("role", QT_TRANSLATE_NOOP("csv", "Fonction"),
          ("fonction", "role", "poste", "qualite", "job title", "title")),
)

ACTEUR_FIELDS: tuple[Field, ...] = (
    Field("name", QT_TRANSLATE_NOOP("csv", "Nom"),
          ("nom", "name", "acteur", "structure", "organisation", "organisme", "nom de la structure",
           "raison sociale"),
          required=True),
    Field("category", QT_TRANSLATE_NOOP("csv", "Catégorie"),
          ("categorie", "category", "type", "type d acteur", "type de structure", "famille")),
    Field("description", QT_TRANSLATE_NOOP("csv", "Description"),
          ("description", "commentaire", "commentaires", "remarques", "notes", "presentation")),
)

KINDS: dict[str, tuple[Field, ...]] = {"participants": PARTICIPANT_FIELDS,
                                       "acteurs": ACTEUR_FIELDS}


def _new_id() -> str:
    return str(uuid.uuid4())


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def guess_mapping(headers: Sequence[str], kind: str) -> dict[str, int | None]:
    """Field key -> column index (or None), guessed from the headers.

    Exact matches of a known name win; then the header containing the longest
    known name as whole words ("Nom de la structure" -> structure, not nom).
    Each column serves one field at most.
    """
    fields = KINDS[kind]
    cleaned = [_words(h) for h in headers]
    mapping: dict[str, int | None] = {f.key: None for f in fields}
    used: set[int] = set()
    for f in fields:
        names = {_words(s) for s in f.synonyms} | {_words(f.title)}
        for i, h in enumerate(cleaned):
            if i not in used and h in names:
                mapping[f.key] = i
                used.add(i)
                break
    scored: list[tuple[int, int, str]] = []
    for f in fields:
        if mapping[f.key] is not None:
            continue
        names = {_words(s) for s in f.synonyms} | {_words(f.title)}
        for i, h in enumerate(cleaned):
            best = max((len(n) for n in names if n and f" {n} " in f" {h} "), default=0)
            if best:
                scored.append((best, -i, f.key))
    for _score, neg_i, key in sorted(scored, reverse=True):
        if mapping[key] is None and -neg_i not in used:
            mapping[key] = -neg_i
            used.add(-neg_i)
    return mapping


def category_from_text(text: str) -> ActeurCategory | None:
    """A category from its value, its label or a recognisable word of it."""
    key = _words(text)
    if not key:
        return None
    for member in ActeurCategory:
        candidates = {_words(member.value), _words(label(member)), _words(LABELS[member])}
        words = _words(LABELS[member]).split()
        candidates |= {words[0], words[0].rstrip("s")}
        if key in candidates or key.rstrip("s") in candidates:
            return member
    return None


# -- planning ------------------------------------------------------------------
@dataclass
class RowError:
    line: int
    message: str
    #: Which check failed: missing_name, bad_category, bad_email.
    code: str = ""


@dataclass
class ImportPlan:
    """What an import would create, or why it cannot."""

    kind: str
    acteurs: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    #: Problems of the mapping itself (a required field with no column).
    problems: list[str] = field(default_factory=list)
    #: Rows already in the notebook (same name, same e-mail), left out.
    duplicates: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and not self.problems and bool(self.acteurs or self.participants)


def mapping_problems(table: CsvTable, mapping: Mapping[str, int | None],
                     kind: str) -> list[str]:
    """Why a mapping makes no sense, if it does not: each reason blocks the import.

    A column mapped to two fields, or a file read with the wrong delimiter
    (every line one field although it holds another delimiter) would import
    whole lines as names, the header row's words included.
    """
    problems: list[str] = []
    by_column: dict[int, list[str]] = {}
    for f in KINDS[kind]:
        index = mapping.get(f.key)
        if index is not None:
            by_column.setdefault(index, []).append(f.label)
    for index, labels in sorted(by_column.items()):
        if len(labels) > 1:
            header = table.headers[index] if index < len(table.headers) else ""
            problems.append(tr(CONTEXT, MSG["mapped_twice"], column=header or index + 1,
                               fields=", ".join(labels)))
    if table.rows and len(table.headers) <= 1 and all(len(r) <= 1 for r in table.rows):
        lines = [(table.headers or [""])[0], *(r[0] if r else "" for r in table.rows)]
        for other in DELIMITERS:
            if other != table.delimiter and sum(other in line for line in lines) * 2 > len(lines):
                found = "tab" if other == "\t" else other
                problems.append(tr(CONTEXT, MSG["one_field"], found=found))
                break
    return problems


def plan_import(
    table: CsvTable, mapping: Mapping[str, int | None], kind: str,
    existing_acteurs: Iterable[Any] = (), existing_participants: Iterable[Any] = (),
) -> ImportPlan:
    """Validate every row and build the records an import would create.

    ``existing_*`` are objects with ``id``/``name`` (acteurs) and
    ``first_name``/``last_name``/``email`` (participants). A participant's
    structure links to the acteur of that name when it exists; when it does
    not and a category is given, the acteur is created too.
    """
    plan = ImportPlan(kind)
    fields = KINDS[kind]
    for f in fields:
        if f.required and mapping.get(f.key) is None:
            plan.problems.append(tr(CONTEXT, MSG["unmapped"], field=f.label))
    if not table.rows:
        plan.problems.append(tr(CONTEXT, MSG["empty"]))
    plan.problems += mapping_problems(table, mapping, kind)
    if plan.problems:
        return plan

    def cell(row: list[str], key: str) -> str:
        index = mapping.get(key)
        return row[index].strip() if index is not None and index < len(row) else ""

    acteurs_by_name: dict[str, str] = {fold(a.name): a.id for a in existing_acteurs}
    new_acteurs: dict[str, dict[str, Any]] = {}
    known_people = {(fold(person_name(p.first_name, p.last_name)), fold(p.email or ""))
                    for p in existing_participants}

    for row, line in zip(table.rows, table.lines, strict=True):
        before = len(plan.errors)
        raw_category = cell(row, "category")
        category = category_from_text(raw_category) if raw_category else None
        if raw_category and category is None:
            plan.errors.append(RowError(line, tr(CONTEXT, MSG["bad_category"], line=line,
                                                 value=raw_category), "bad_category"))
        if kind == "acteurs":
            name = cell(row, "name")
            if not name:
                plan.errors.append(RowError(line, tr(CONTEXT, MSG["missing_name"], line=line),
                                            "missing_name"))
            if len(plan.errors) > before:
                continue
            if fold(name) in acteurs_by_name:
                plan.duplicates += 1
                continue
            values = {"id": _new_id(), "name": name,
                      "category": category or ActeurCategory.AUTRES,
                      "description": cell(row, "description")}
            acteurs_by_name[fold(name)] = values["id"]
            plan.acteurs.append(values)
            continue

        last, first = cell(row, "last_name"), cell(row, "first_name")
        email = cell(row, "email")
        if not last:
            plan.errors.append(RowError(line, tr(CONTEXT, MSG["missing_name"], line=line),
                                            "missing_name"))
        if email and not EMAIL.match(email):
            plan.errors.append(RowError(line, tr(CONTEXT, MSG["bad_email"], line=line,
                                                 value=email), "bad_email"))
        if len(plan.errors) > before:
            continue
        person_key = (fold(f"{first} {last}"), fold(email))
        if person_key in known_people:
            plan.duplicates += 1
            continue
        known_people.add(person_key)
        structure = cell(row, "structure")
        acteur_id = acteurs_by_name.get(fold(structure)) if structure else None
        if structure and acteur_id is None and category is not None:
            acteur = {"id": _new_id(), "name": structure, "category": category,
                      "description": ""}
            new_acteurs[fold(structure)] = acteur
            acteurs_by_name[fold(structure)] = acteur["id"]
            acteur_id = acteur["id"]
        plan.participants.append({
            "id": _new_id(), "last_name": last, "first_name": first,
            "acteur_id": acteur_id, "structure": "" if acteur_id else structure,
            "email": email, "phone": cell(row, "phone"), "role": cell(row, "role"),
        })
    plan.acteurs.extend(new_acteurs.values())
    return plan


# -- export --------------------------------------------------------------------
def write_csv(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """UTF-8 with BOM, ``;`` delimiter, CRLF: what French spreadsheets open cleanly.

    Written atomically; cells a spreadsheet would run as a formula get a
    leading apostrophe, which :func:`parse_text` removes on re-import.
    """
    csv_safe.write_csv(path, [headers, *rows], EXPORT_DELIMITER)


def participant_table(
    participants: Iterable[Any], acteurs_by_id: Mapping[str, Any]
) -> tuple[list[str], list[list[str]]]:
    """Headers and rows for exporting participants (re-importable as is)."""
    headers = [f.label for f in PARTICIPANT_FIELDS]
    rows = []
    for p in participants:
        acteur = acteurs_by_id.get(p.acteur_id) if p.acteur_id else None
        rows.append([
            p.last_name, p.first_name,
            acteur.name if acteur else p.structure,
            label(ActeurCategory(acteur.category)) if acteur else "",
            p.email, p.phone, p.role,
        ])
    return headers, rows


def acteur_table(acteurs: Iterable[Any]) -> tuple[list[str], list[list[str]]]:
    headers = [f.label for f in ACTEUR_FIELDS]
    rows = [[a.name, label(ActeurCategory(a.category)), a.description] for a in acteurs]
    return headers, rows
