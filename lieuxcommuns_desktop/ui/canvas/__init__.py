"""The stakeholder map canvas (*carte des acteurs*): scene, views, projector, export."""
