"""The programme as a static web site: offline, self-contained, Creative Commons.

Qt-free. :mod:`.site_data` reads the notebook into plain values with every
person already named or replaced (:mod:`.consent`), :mod:`.pages` renders
them with Jinja2 templates from ``resources/site/``, and :mod:`.writer`
swaps the result into the target folder, rewriting only what changed.
"""
