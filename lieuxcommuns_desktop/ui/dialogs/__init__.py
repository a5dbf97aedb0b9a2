"""Dialogs of the main window: preferences, about, lock, templates, interchange."""
