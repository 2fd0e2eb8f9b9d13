"""Plot helpers: each takes ``ax=None`` and returns the Axes it drew on."""
