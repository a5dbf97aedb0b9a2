"""The parts of the main window, one job each; :mod:`..main_window` composes them.

- :mod:`.menus`: the actions, the menu bar and which actions are enabled;
- :mod:`.notebooks`: opening, creating and closing the notebook shown (lock, quick outline);
- :mod:`.commands`: what the *Fichier*, *Atelier* and *Aide* menus run.

Each part is a mixin of :class:`~lieuxcommuns_desktop.ui.main_window.MainWindow`: it
uses the window's widgets (``stack``, ``navigation``, ``statusBar()``…) and is never
used alone.
"""
