"""Stance: markers, stance toward a target, proposals, and stance by attribution and speaker."""
