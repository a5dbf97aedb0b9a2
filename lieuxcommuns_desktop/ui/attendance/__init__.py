"""Attendance of an atelier (émargement), also used by live mode."""
