"""Notebook table pages (collectivités, ressources, acteurs, participants, expérimentations)."""
