"""The stakeholder map: scene, cards, arrows, views, projector, export."""
