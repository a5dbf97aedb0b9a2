"""Dot votes through the services: options from their sources, rounds, counts, promotion."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lieuxcommuns_desktop.core.enums import NoteKind, VoteSource
from lieuxcommuns_desktop.core.errors import LieuxError, ValidationError
from lieuxcommuns_desktop.core.model import Atelier, Decision, Note, Sequence
from lieuxcommuns_desktop.core.services import records, votes
from lieuxcommuns_desktop.core.services.notebook import Notebook


@pytest.fixture
def nb(tmp_path: Path):
    notebook = Notebook.create(tmp_path / "carnet.lieux")
    yield notebook
    notebook.close()


def _atelier(nb: Notebook) -> tuple[str, str]:
    atelier = records.create(nb, Atelier, title="La Halle")
    seq = records.create(nb, Sequence, atelier_id=atelier.id, title="Idées")
    return atelier.id, seq.id


def test_options_come_from_ideas_decisions_principles_or_typing(nb) -> None:
    atelier, seq = _atelier(nb)
    idea = records.create(nb, Note, atelier_id=atelier, sequence_id=seq, kind=NoteKind.IDEE,
                          text="  Un jardin partagé ")
    records.create(nb, Note, atelier_id=atelier, sequence_id=seq, kind=NoteKind.NOTE,
                   text="pas une idée")
    decision = records.create(nb, Decision, atelier_id=atelier, label="Règles d'usage")
    assert votes.idea_options(nb, seq) == [
        votes.OptionSpec("Un jardin partagé", VoteSource.IDEE, idea.id)]
    assert votes.decision_options(nb, atelier) == [
        votes.OptionSpec("Règles d'usage", VoteSource.DECISION, decision.id)]
    principles = votes.principle_options()
    assert len(principles) == 8 and principles[0].source_id == "1"
    assert [o.label for o in votes.typed_options("A\n\n  B \n")] == ["A", "B"]


def test_counts_rounds_results_with_ties_and_undo(nb) -> None:
    atelier, seq = _atelier(nb)
    edit = votes.create_vote(nb, atelier, seq, "Par quoi commencer ?",
                             votes.typed_options("Charte\nJardin\nCafé"),
                             ["Importance", "Faisabilité"])
    vote_id = edit.created("vote")[0]
    view = votes.get_vote(nb, vote_id)
    (charte, _), (jardin, _), (cafe, _) = view.options
    importance, faisabilite = (r.round_id for r in view.rounds)
    votes.set_count(nb, importance, charte, "5")
    votes.set_count(nb, importance, jardin, " 5 ")
    step = votes.set_count(nb, importance, cafe, 2)
    plus = votes.adjust_count(nb, importance, cafe, +1)
    votes.adjust_count(nb, faisabilite, cafe, -1)  # never below zero
    for bad in ("-1", "trois", "2.5", "", "1e3"):
        with pytest.raises(ValidationError):
            votes.set_count(nb, importance, cafe, bad)
    ranked = votes.get_vote(nb, vote_id).rounds[0].ranked
    assert [(r.label, r.count, r.rank, r.tied) for r in ranked] == [
        ("Charte", 5, 1, True), ("Jardin", 5, 1, True), ("Café", 3, 3, False)]
    assert votes.counts(nb, faisabilite) == {cafe: 0}
    votes.undo(nb, plus)
    assert votes.counts(nb, importance)[cafe] == 2
    votes.undo(nb, step)
    assert cafe not in votes.counts(nb, importance)
    votes.redo(nb, step)
    votes.redo(nb, plus)
    assert votes.counts(nb, importance)[cafe] == 3
    promoted = votes.promote(nb, vote_id, [r.option_id for r in ranked if r.rank == 1])
    with nb.read() as session:
        notes = session.scalars(select(Note).where(Note.kind == NoteKind.DECISION)).all()
        assert sorted(n.text for n in notes) == ["Charte", "Jardin"]
        assert {n.sequence_id for n in notes} == {seq}
    votes.undo(nb, promoted)
    gone = votes.delete_vote(nb, vote_id)
    assert votes.list_votes(nb, atelier) == []
    votes.undo(nb, gone)
    restored = votes.get_vote(nb, vote_id).rounds[0].ranked
    assert [(r.label, r.count) for r in restored][:2] == [("Charte", 5), ("Jardin", 5)]


def test_options_rounds_edits(nb) -> None:
    atelier, seq = _atelier(nb)
    vote_id = votes.create_vote(nb, atelier, seq, "Q", votes.typed_options("A\nA\nB"),
                                ["R1"]).created("vote")[0]
    assert [label for _, label in votes.get_vote(nb, vote_id).options] == ["A", "B"]
    added = votes.add_option(nb, vote_id, votes.OptionSpec("C"))
    option_c = added.created("vote_option")[0]
    votes.rename_option(nb, option_c, "  C  bis ")
    round2 = votes.add_round(nb, vote_id, "R2").created("vote_round")[0]
    votes.set_count(nb, round2, option_c, 4)
    votes.remove_option(nb, option_c)
    view = votes.get_vote(nb, vote_id)
    assert [label for _, label in view.options] == ["A", "B"] and len(view.rounds) == 2
    votes.remove_round(nb, round2)
    assert len(votes.get_vote(nb, vote_id).rounds) == 1
    with pytest.raises(ValidationError):
        votes.rename_option(nb, view.options[0][0], "   ")
    with pytest.raises(ValidationError):
        votes.promote(nb, vote_id, [], kind=NoteKind.IDEE)


def test_removing_an_option_or_a_round_takes_its_counts_and_undo_puts_them_back(nb) -> None:
    atelier, seq = _atelier(nb)
    vote_id = votes.create_vote(nb, atelier, seq, "Q", votes.typed_options("A\nB"),
                                ["R1", "R2"]).created("vote")[0]
    view = votes.get_vote(nb, vote_id)
    (a, _), (b, _) = view.options
    r1, r2 = (r.round_id for r in view.rounds)
    for round_id, option_id, count in ((r1, a, 3), (r1, b, 1), (r2, a, 2)):
        votes.set_count(nb, round_id, option_id, count)
    gone = votes.remove_option(nb, a)
    assert gone.deleted("vote_count") and votes.counts(nb, r1) == {b: 1}
    votes.undo(nb, gone)
    assert votes.counts(nb, r1) == {a: 3, b: 1} and votes.counts(nb, r2) == {a: 2}
    gone = votes.remove_round(nb, r2)
    assert len(gone.deleted("vote_count")) == 1
    votes.undo(nb, gone)
    assert votes.counts(nb, r2) == {a: 2}
    with pytest.raises(LieuxError) as missing:
        votes.remove_round(nb, "no-such-round")
    assert missing.value.code == "not_found"
