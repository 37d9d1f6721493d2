"""Horizontal bar charts drawn on the server as inline SVG.

Nothing is loaded from outside the site: no script, font or inline style (charts.css sizes
them). Every chart is an image with a title for screen readers, and the template puts the same
figures in a real table right after it. Each label sits above its bar, over the chart's whole
width, wrapped onto as many lines as it needs: never cut, so two agencies whose names begin
alike stay apart. Labels are escaped (agency names are typed by users).
"""

import textwrap
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join

WIDTH = 540
VALUE_WIDTH = 50
BAR_AREA = WIDTH - VALUE_WIDTH
BAR_HEIGHT = 18
LINE_HEIGHT = 18
FONT_SIZE = 14
# At 14 units a character of the admin's sans-serif is about 6.5 units wide on average.
LINE_CHARS = 76
ROW_GAP = 12
BAR_COLOUR = "#007d7e"


@dataclass(frozen=True)
class Row:
    label: str
    value: int

    @property
    def lines(self):
        return textwrap.wrap(
            self.label, LINE_CHARS, break_on_hyphens=False, break_long_words=False
        ) or [""]

    @property
    def height(self):
        return len(self.lines) * LINE_HEIGHT + 4 + BAR_HEIGHT + ROW_GAP


@dataclass(frozen=True)
class Chart:
    """A titled list of rows; `centred` draws the bars around one axis, like a funnel."""

    slug: str
    title: str
    rows: list
    centred: bool = False

    @property
    def max_value(self):
        return max((row.value for row in self.rows), default=0)

    def bar_width(self, value):
        """Bar length in SVG units, scaled to the largest value (all zero: no bars)."""
        top = self.max_value
        return round(BAR_AREA * value / top, 1) if top else 0

    def svg(self):
        tops, height = [], 0
        for row in self.rows:
            tops.append(height)
            height += row.height
        title_id = f"chart-{self.slug}-title"
        bars = format_html_join(
            "", "{}", ((self._row(top, row),) for top, row in zip(tops, self.rows, strict=True))
        )
        return format_html(
            '<svg class="dashboard-chart" role="img" aria-labelledby="{}" '
            'viewBox="0 0 {} {}" width="{}" '
            'xmlns="http://www.w3.org/2000/svg">'
            '<title id="{}">{}</title>{}</svg>',
            title_id,
            WIDTH,
            max(height, ROW_GAP),
            WIDTH,
            title_id,
            self.title,
            bars,
        )

    def _row(self, top, row):
        lines = row.lines
        # A funnel's labels sit centred over its bars.
        label_x = BAR_AREA / 2 if self.centred else 0
        label = format_html_join(
            "",
            '<tspan x="{}" y="{}">{}</tspan>',
            ((label_x, top + (i + 1) * LINE_HEIGHT - 4, line) for i, line in enumerate(lines)),
        )
        bar_top = top + len(lines) * LINE_HEIGHT + 4
        width = self.bar_width(row.value)
        x = (BAR_AREA - width) / 2 if self.centred else 0
        return format_html(
            "<g><title>{}: {}</title>"
            '<text font-size="{}" text-anchor="{}" fill="currentColor">{}</text>'
            '<rect x="{}" y="{}" width="{}" height="{}" rx="2" fill="{}"></rect>'
            '<text x="{}" y="{}" font-size="{}" fill="currentColor">{}</text></g>',
            row.label,
            row.value,
            FONT_SIZE,
            "middle" if self.centred else "start",
            label,
            x,
            bar_top,
            width,
            BAR_HEIGHT,
            BAR_COLOUR,
            x + width + 6,
            bar_top + BAR_HEIGHT - 4,
            FONT_SIZE,
            row.value,
        )
