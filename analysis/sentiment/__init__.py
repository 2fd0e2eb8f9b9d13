"""Sentiment: per-word evidence, the scoring methods, and tone by sentence, quotation and speaker."""
