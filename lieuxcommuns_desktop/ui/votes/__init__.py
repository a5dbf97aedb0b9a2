"""Dot votes (*gommettes*) in live mode: counting panel and bar chart."""
