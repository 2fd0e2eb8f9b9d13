"""A chart as a notebook output: the image, its takeaway under it and as its alt text.

nbconvert and JupyterLab take no alt text from a PNG output's metadata (nbconvert fills
in "No description has been provided for this image" and warns), so :func:`chart`
shows the figure as HTML, ``<figure><img alt=…><figcaption>`` with the takeaway, and
keeps the PNG in the same output for tools that read images. The PNG carries no
software name or date, so two runs on one article give the same bytes.
"""

from __future__ import annotations

import base64
import html
import io

import matplotlib.pyplot as plt

from analysis.takeaways import Takeaway

#: PNG text chunks written with every chart: none (matplotlib adds its version by default).
PNG_METADATA = {"Software": None}
#: Pixels per inch of the embedded image; it is shown at :data:`SHOWN_DPI` (sharp on HiDPI).
IMAGE_DPI = 150
SHOWN_DPI = 100


def png_bytes(figure, dpi: int = IMAGE_DPI) -> bytes:
    """The figure as PNG bytes, tight around its content, without metadata."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", metadata=PNG_METADATA)
    return buffer.getvalue()


def _plain_title(ax) -> str:
    # Labels went through escape_label: "\$" is a dollar sign.
    return ax.get_title(loc="left") or ax.get_title() or ""


class Chart:
    """A drawn figure with its takeaway: shown as ``<figure>`` with alt text and caption."""

    def __init__(self, ax, sentence: str) -> None:
        figure = ax.figure
        self.png = png_bytes(figure)
        self.title = _plain_title(ax).replace("\\$", "$").replace("\\\\", "\\")
        self.sentence = str(sentence)
        # The PNG header holds the pixel width at bytes 16-20; shown at SHOWN_DPI.
        self._width = round(int.from_bytes(self.png[16:20], "big") * SHOWN_DPI / IMAGE_DPI)
        plt.close(figure)  # the inline backend would show it a second time, without alt text

    @property
    def alt(self) -> str:
        """The alt text: the chart's title and its takeaway."""
        if not self.title:
            return self.sentence
        stop = "" if self.title.rstrip()[-1:] in ".?!:" else "."
        return f"{self.title}{stop} {self.sentence}"

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = base64.b64encode(self.png).decode("ascii")
        caption = Takeaway(self.sentence)._repr_html_()
        markup = (
            '<figure class="chart" style="margin: 0 0 1em 0;">'
            f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.alt, quote=True)}" '
            f'style="max-width: 100%; height: auto;" width="{self._width}">'
            f"<figcaption>{caption}</figcaption></figure>"
        )
        return {"text/html": markup, "image/png": data, "text/plain": repr(self)}

    def __repr__(self) -> str:
        return f"Chart: {self.alt}"


def chart(ax, sentence: str) -> Chart:
    """Show the chart drawn on ``ax`` with its one-sentence takeaway (also its alt text)."""
    return Chart(ax, sentence)
