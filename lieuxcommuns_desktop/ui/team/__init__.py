"""Merging notebooks and the team server, as the window shows them (issue 18).

``merge_flow`` merges a file into the open notebook in one undo step,
``review`` lets the user settle conflicts, ``share`` and ``sync`` talk to a
team server, ``menu`` puts the entries in the window.
"""
