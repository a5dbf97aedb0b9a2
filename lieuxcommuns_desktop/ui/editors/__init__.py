"""Editors of the notebook's own records: programme sheet and atelier sheet."""
