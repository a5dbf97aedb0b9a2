"""Merging notebooks and the team server, as the window shows them (issue 18).

``merge_flow`` merges a file into the open notebook in one undo step,
``review`` (over ``conflicts_model``) lets the user settle conflicts, ``share``
connects a notebook to a team server, ``sync_control`` runs *Synchroniser* by
hand and on a timer, ``link`` and ``secrets`` keep the server's URL and the
password apart, ``kinds`` and ``report`` put what came in into words, and
``menu`` puts the entries in the window.
"""
