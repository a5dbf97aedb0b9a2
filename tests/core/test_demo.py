"""``lieuxcommuns-desktop demo FILE`` writes a rich, valid, deterministic notebook."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.enums import ActeurCategory, NoteKind, RelationKind
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.store import Store
from tests.cli import run_cli

#: Qt, if the command loads it, never reaches for a screen (as before this helper).
OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}
THEMATIC = {"urbanisme-transitoire", "equipements-culturels", "gestion-eau", "espaces-naturels"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.lieux"
    result = run_cli("demo", path, env=OFFSCREEN)
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.lieux"]  # no leftovers
    return path


@pytest.fixture(scope="module")
def db(demo: Path):
    conn = sqlite3.connect(f"file:{demo}?mode=ro", uri=True)
    yield conn
    conn.close()


def q(db: sqlite3.Connection, sql: str, *params: object) -> list[tuple]:
    return db.execute(sql, params).fetchall()


def one(db: sqlite3.Connection, sql: str, *params: object) -> object:
    return db.execute(sql, params).fetchone()[0]


def test_file_is_a_healthy_notebook(demo: Path) -> None:
    store = Store.open(demo, readonly=True)
    try:
        assert store.check() == []
    finally:
        store.close()


def test_programme(db) -> None:
    ((title, territory, licence, description),) = q(
        db, "SELECT title, territory, licence, description FROM programme")
    assert title == "Lieux Communs — parcours 2026"
    assert "Île-de-France" in territory
    assert licence == "CC BY-SA 4.0"
    assert len(description) > 100


def test_collectivites(db) -> None:
    circles = Counter(c for (c,) in q(db, "SELECT circle FROM collectivite"))
    assert sum(circles.values()) >= 3
    assert circles["participante"] >= 2 and circles["second_cercle"] >= 1


def test_four_thematic_ateliers_from_templates(db) -> None:
    rows = q(db, """
        SELECT a.template_key, a.date, a.place, a.facilitators, a.planned_minutes,
               r.kind, r.collectivite_id, a.collectivite_id, a.thematique_id,
               (SELECT sum(minutes) FROM sequence s WHERE s.atelier_id = a.id)
        FROM atelier a JOIN ressource r ON r.id = a.ressource_id""")
    assert {r[0] for r in rows} == THEMATIC and len(rows) == 4
    dates = sorted(dt.date.fromisoformat(r[1]) for r in rows)
    assert (dates[-1] - dates[0]).days > 150  # spread over months
    assert len({d.month for d in dates}) == 4
    for _key, _d, place, facilitators, planned, _kind, res_coll, coll, them, total in rows:
        assert place and facilitators and res_coll and coll and them
        assert planned == total and 150 <= total <= 210
    assert len({r[5] for r in rows}) == 4  # friche, équipement, eau, espace naturel
    assert one(db, "SELECT count(*) FROM thematique") == 4


def test_acteurs_span_every_category(db) -> None:
    assert one(db, "SELECT count(*) FROM acteur") >= 15
    categories = {c for (c,) in q(db, "SELECT DISTINCT category FROM acteur")}
    assert categories == {c.value for c in ActeurCategory}


def test_participants_and_attendance(db) -> None:
    people = q(db, "SELECT first_name, last_name, structure, email, acteur_id FROM participant")
    assert len(people) >= 20
    for first, last, structure, email, acteur_id in people:
        assert first and last and structure and acteur_id
        assert email.endswith("@example.org") and " " not in email
    per_atelier = q(db, "SELECT atelier_id, count(*) FROM attendance GROUP BY atelier_id")
    assert len(per_atelier) >= 3 and all(n >= 8 for _a, n in per_atelier)
    assert one(db, "SELECT count(*) FROM attendance WHERE present = 0") >= 1
    assert one(db, "SELECT count(*) FROM attendance WHERE present = 1") >= 30
    assert one(db, "SELECT count(*) FROM attendance WHERE walk_in = 1 AND present = 1") >= 1
    late = q(db, """SELECT t.arrived_at, a.start_time FROM attendance t
                    JOIN atelier a ON a.id = t.atelier_id
                    WHERE t.walk_in = 0 AND t.arrived_at IS NOT NULL""")
    assert late and all(arrived > start for arrived, start in late)
    multi = one(db, """SELECT count(*) FROM (SELECT participant_id FROM attendance
                       GROUP BY participant_id HAVING count(*) >= 2)""")
    assert multi >= 5


def test_maps_fit_their_layout(db) -> None:
    maps = q(db, "SELECT id, atelier_id, layout FROM stakeholder_map")
    assert len({m[1] for m in maps}) == 4
    layouts = Counter(m[2] for m in maps)
    assert layouts["onion"] >= 2 and layouts["power_interest"] >= 1
    for map_id, _atelier, layout in maps:
        points = q(db, "SELECT x, y FROM map_placement WHERE map_id = ?", map_id)
        assert len(points) >= 6
        assert all(abs(x) <= 450 and abs(y) <= 450 for x, y in points)
        if layout == "onion":
            radii = [math.hypot(x, y) for x, y in points]
            assert all(r < 440 for r in radii)
            assert sum(r < 110 for r in radii) >= 1  # someone in the core
            assert len({int(r // 110) for r in radii}) >= 3
        else:
            quadrants = {(x > 0, y < 0) for x, y in points}
            assert len(quadrants) == 4
        assert one(db, "SELECT count(*) FROM relation WHERE map_id = ?", map_id) >= 4
        placed = {a for (a,) in q(db, "SELECT acteur_id FROM map_placement WHERE map_id = ?",
                                   map_id)}
        ends = q(db, "SELECT source_id, target_id FROM relation WHERE map_id = ?", map_id)
        assert all(s in placed and t in placed for s, t in ends)
    kinds = {k for (k,) in q(db, "SELECT DISTINCT kind FROM relation")}
    assert kinds == {k.value for k in RelationKind}


def test_role_matrices(db) -> None:
    for matrix in ("roles", "decisions"):
        counts = q(db, "SELECT count(*) FROM matrix_column WHERE matrix = ? GROUP BY atelier_id",
                   matrix)
        assert len(counts) == 4 and all(5 <= n <= 8 for (n,) in counts)
    rows = q(db, """SELECT r.id,
                    sum(c.value = 'A'), sum(c.value = 'R'), count(c.id)
                    FROM responsibility r LEFT JOIN role_cell c ON c.responsibility_id = r.id
                    GROUP BY r.id""")
    valid = [r for r in rows if r[1] == 1 and r[2] >= 1]
    double_a = [r for r in rows if r[1] == 2]
    assert len(rows) >= 30 and all(r[3] > 0 for r in rows)
    assert len(double_a) == 1
    assert len(valid) == len(rows) - 1


def test_decision_matrices_today_and_target(db) -> None:
    for version in ("aujourdhui", "cible"):
        n = one(db, """SELECT count(DISTINCT d.id) FROM decision d
                       JOIN decision_cell c ON c.decision_id = d.id WHERE c.version = ?""",
                version)
        assert n == one(db, "SELECT count(*) FROM decision")
    # Today the collectivité mostly decides; the target shares with co-décide.
    today_coll = one(db, """SELECT count(*) FROM decision_cell c
                            JOIN acteur a ON a.id = c.acteur_id
                            WHERE c.version = 'aujourdhui' AND a.category = 'collectivite'
                            AND c.level = '5'""")
    assert today_coll >= 0.6 * one(db, "SELECT count(*) FROM decision")
    co_today = one(db, "SELECT count(*) FROM decision_cell WHERE version='aujourdhui' "
                       "AND level='4'")
    co_target = one(db, "SELECT count(*) FROM decision_cell WHERE version='cible' "
                        "AND level='4'")
    assert co_target > 3 * co_today
    not_shared = one(db, """SELECT count(*) FROM decision d WHERE NOT EXISTS (
        SELECT 1 FROM decision_cell c WHERE c.decision_id = d.id AND c.version = 'cible'
        AND c.level IN ('4', '5'))""")
    assert not_shared == 0


def test_commons_grids(db) -> None:
    # The four thematic ateliers assessed their grid; the programme's lighter
    # ateliers (agenda only, see core/demo_programme.py) have none yet.
    assessed = q(db, "SELECT DISTINCT atelier_id FROM commons_assessment")
    assert len(assessed) == 4
    for (atelier_id,) in assessed:
        grid = q(db, "SELECT principle, status, note FROM commons_assessment "
                     "WHERE atelier_id = ? ORDER BY principle", atelier_id)
        assert [g[0] for g in grid] == list(range(1, 9))
        assert len({g[1] for g in grid}) >= 2 and all(g[2] for g in grid)
    assert {s for (s,) in q(db, "SELECT DISTINCT status FROM commons_assessment")} == {
        "absent", "en_discussion", "en_place"}


def test_notes_and_actions(db) -> None:
    assert one(db, "SELECT count(*) FROM note") >= 40
    kinds = {k for (k,) in q(db, "SELECT DISTINCT kind FROM note")}
    assert kinds == {k.value for k in NoteKind}
    assert one(db, """SELECT count(*) FROM note n LEFT JOIN sequence s ON s.id = n.sequence_id
                      WHERE s.atelier_id IS NOT n.atelier_id""") == 0
    assert len({a for (a,) in q(db, "SELECT DISTINCT atelier_id FROM note")}) == 4
    actions = q(db, """SELECT owner_participant_id, owner_acteur_id, due_date, done
                       FROM note WHERE kind = 'action'""")
    assert all((p or a) and due for p, a, due, _done in actions)
    assert any(p for p, _a, _d, _done in actions) and any(a for _p, a, _d, _done in actions)
    assert any(done for *_rest, done in actions) and not all(done for *_rest, done in actions)
    today = dt.date.today().isoformat()
    overdue = [due for _p, _a, due, done in actions if not done and due < today]
    assert len(overdue) >= 1
    # Notes are timed during their atelier's day.
    assert one(db, """SELECT count(*) FROM note n JOIN atelier a ON a.id = n.atelier_id
                      WHERE date(n.created_at) != a.date""") == 0


def test_oldest_atelier_has_actual_times_with_an_overrun(db) -> None:
    oldest = one(db, "SELECT id FROM atelier WHERE date IS NOT NULL ORDER BY date LIMIT 1")
    rows = q(db, "SELECT minutes, actual_start, actual_end FROM sequence "
                 "WHERE atelier_id = ? ORDER BY position", oldest)
    assert rows and all(start and end for _m, start, end in rows)
    spans = [(dt.datetime.fromisoformat(e) - dt.datetime.fromisoformat(s)).total_seconds() / 60
             for _m, s, e in rows]
    assert any(span > planned for (planned, _s, _e), span in zip(rows, spans, strict=True))
    assert all(rows[i][2] <= rows[i + 1][1] for i in range(len(rows) - 1))
    assert one(db, "SELECT count(*) FROM sequence WHERE actual_start IS NOT NULL "
                   "AND atelier_id != ?", oldest) == 0


def test_evaluation_forms(db) -> None:
    per_atelier = q(db, "SELECT atelier_id, count(*) FROM evaluation_form GROUP BY atelier_id")
    # The cinema atelier and the four held programme ateliers (means over time).
    assert len(per_atelier) == 5 and all(n >= 5 for _a, n in per_atelier)
    assert one(db, """SELECT count(*) FROM evaluation_form f JOIN atelier a
                      ON a.id = f.atelier_id WHERE a.status != 'termine'""") == 0
    values = [v for (v,) in q(db, "SELECT value FROM evaluation_answer WHERE value IS NOT NULL")]
    assert len(values) >= 20 and all(1 <= v <= 5 for v in values)
    assert one(db, "SELECT count(*) FROM evaluation_answer WHERE text != ''") >= 5
    assert one(db, """SELECT count(*) FROM evaluation_answer a
                      JOIN evaluation_question q ON q.id = a.question_id
                      JOIN evaluation_form f ON f.id = a.form_id
                      WHERE q.atelier_id != f.atelier_id""") == 0


def test_experimentation_with_log(db) -> None:
    rows = q(db, """SELECT e.id, e.title, e.hypothesis, e.tool_tested, e.status
                    FROM experimentation e WHERE e.title LIKE 'Comité d''usagers du parc%'""")
    assert len(rows) == 1
    exp_id, _title, hypothesis, tool, status = rows[0]
    assert hypothesis and tool and status == "en_cours"
    dates = [d for (d,) in q(db, "SELECT date FROM experimentation_log "
                                  "WHERE experimentation_id = ?", exp_id)]
    assert len(dates) >= 4 and len(set(dates)) == len(dates)


def test_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "existant.lieux"
    target.write_bytes(b"mon travail precieux\n" * 100)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    result = run_cli("demo", target, env=OFFSCREEN)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "existe déjà" in lines[0] and "Traceback" not in result.stderr
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existant.lieux"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LieuxError) as info:
        build_demo(tmp_path / "absent" / "demo.lieux")
    assert "absent" in info.value.message
    assert list(tmp_path.iterdir()) == []


def test_content_is_deterministic(tmp_path: Path, demo: Path) -> None:
    other = build_demo(tmp_path / "second.lieux")
    sql = [
        "SELECT x, y FROM map_placement ORDER BY x, y",
        "SELECT value, text FROM evaluation_answer ORDER BY value, text",
        "SELECT kind, text, created_at, due_date, done FROM note ORDER BY created_at, text",
        "SELECT first_name, last_name, email, phone FROM participant ORDER BY email",
    ]
    a = sqlite3.connect(demo)
    b = sqlite3.connect(other)
    try:
        for statement in sql:
            assert a.execute(statement).fetchall() == b.execute(statement).fetchall()
    finally:
        a.close()
        b.close()


# -- the programme (issue 14) -------------------------------------------------------------
def test_a_real_programme_of_expeditions(db) -> None:
    assert one(db, "SELECT count(*) FROM thematique") >= 3
    assert one(db, "SELECT count(*) FROM collectivite") >= 6
    per_collectivite = dict(q(db, "SELECT collectivite_id, count(*) FROM membership "
                                  "GROUP BY collectivite_id"))
    assert len(per_collectivite) == one(db, "SELECT count(*) FROM collectivite")
    assert sum(n >= 2 for n in per_collectivite.values()) >= 3  # some on two expeditions
    only_second = q(db, """SELECT collectivite_id FROM membership GROUP BY collectivite_id
                           HAVING min(role) = 'second_cercle' AND max(role) = 'second_cercle'""")
    assert len(only_second) == 1
    roles = {r for (r,) in q(db, "SELECT DISTINCT role FROM membership")}
    assert roles == {"pilote", "participante", "second_cercle"}


def test_ateliers_hosted_in_turn_with_others_taking_part(db) -> None:
    hosts = {h for (h,) in q(db, "SELECT collectivite_id FROM atelier")}
    assert len(hosts) >= 5
    # Every host takes part; most ateliers have other collectivités too.
    assert one(db, """SELECT count(*) FROM atelier a WHERE NOT EXISTS (
        SELECT 1 FROM atelier_collectivite p WHERE p.atelier_id = a.id
        AND p.collectivite_id = a.collectivite_id)""") == 0
    guests = q(db, """SELECT a.id, count(*) FROM atelier a JOIN atelier_collectivite p
                      ON p.atelier_id = a.id AND p.collectivite_id != a.collectivite_id
                      GROUP BY a.id""")
    assert len(guests) == one(db, "SELECT count(*) FROM atelier")


def test_dated_over_months_in_both_phases(db) -> None:
    dates = sorted(dt.date.fromisoformat(d) for (d,) in q(
        db, "SELECT date FROM atelier WHERE date IS NOT NULL"))
    months = (dates[-1].year - dates[0].year) * 12 + dates[-1].month - dates[0].month
    assert months >= 8
    phases = q(db, "SELECT kind, start_date, end_date FROM phase ORDER BY start_date")
    assert [k for k, _s, _e in phases] == ["parcours_apprenant", "mise_en_test"]
    for _kind, start, end in phases:
        inside = [d for d in dates if start <= d.isoformat() <= end]
        assert len(inside) >= 2
    assert one(db, "SELECT count(*) FROM atelier WHERE date IS NULL") >= 1


def test_the_grid_flags_the_member_absent_from_its_last_two_ateliers(demo: Path) -> None:
    from lieuxcommuns_desktop.core.services import programme_views
    from lieuxcommuns_desktop.core.services.notebook import Notebook

    nb = Notebook.open(demo, readonly=True)
    try:
        grid = programme_views.membership_grid(nb, today=dt.date(2026, 11, 30))
        board = programme_views.dashboard(nb, today=dt.date(2026, 11, 30))
    finally:
        nb.close()
    names, expeditions = dict(grid.collectivites), dict(grid.expeditions)
    assert {(names[c], expeditions[t]) for c, t in grid.absent} == {
        ("Ville de Saint-Denis", "Urbanisme transitoire")}
    assert len(board.next_ateliers) == 2


# -- dot votes (issue 16) -------------------------------------------------------------------
def test_the_demo_holds_a_dot_vote_with_a_tie(demo: Path) -> None:
    from lieuxcommuns_desktop.core.services import votes
    from lieuxcommuns_desktop.core.services.notebook import Notebook

    nb = Notebook.open(demo, readonly=True)
    try:
        db = sqlite3.connect(demo)
        try:
            atelier_id = db.execute("SELECT atelier_id FROM vote").fetchone()[0]
        finally:
            db.close()
        (view,) = votes.list_votes(nb, atelier_id)
    finally:
        nb.close()
    assert view.sequence_id is not None and len(view.rounds) == 2
    first = view.rounds[0].ranked
    assert first[0].rank == first[1].rank == 1 and first[0].tied
    assert len(view.options) >= 5


def test_experiments_span_collectivites_share_a_tool_kind_and_are_measured(db) -> None:
    rows = q(db, "SELECT e.id, e.collectivite_id, e.tool_kind_id FROM experimentation e")
    assert len(rows) >= 4
    assert len({lead for _id, lead, _kind in rows}) >= 4
    kinds = Counter(kind for _id, _lead, kind in rows if kind)
    assert max(kinds.values()) >= 2  # two experiments test the same kind of tool
    months = q(db, "SELECT i.experimentation_id, COUNT(DISTINCT substr(v.date, 1, 7)) "
                   "FROM indicator_value v JOIN indicator i ON v.indicator_id = i.id "
                   "GROUP BY i.id")
    assert sum(1 for _e, n in months if n >= 3) >= 4  # several months of measures
    assert one(db, "SELECT MAX(date) FROM indicator_value") <= dt.date.today().isoformat()
    assert one(db, "SELECT COUNT(*) FROM experimentation_origin WHERE note_id IS NULL") == 0
    assert one(db, "SELECT COUNT(DISTINCT experimentation_id) FROM status_transition") >= 4
