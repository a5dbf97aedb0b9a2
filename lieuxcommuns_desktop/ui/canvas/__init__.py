"""The stakeholder map canvas (*carte des acteurs*): scene, views, projector, export."""

from ._none_refcount import immortalize_none

immortalize_none()
