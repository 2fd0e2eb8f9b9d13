"""Readability: syllables, the word table, and the standard formulas on news-aware counts."""
