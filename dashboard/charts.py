"""Horizontal bar charts drawn on the server as inline SVG.

Nothing is loaded from outside the site: no script, font or inline style (charts.css sizes
them). Every chart is an image with a title for screen readers, and the template puts the same
figures in a real table right after it. Labels are escaped (agency names are typed by users).
"""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

ROW_HEIGHT = 30
BAR_HEIGHT = 20
LABEL_WIDTH = 190
BAR_AREA = 300
VALUE_WIDTH = 50
WIDTH = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH
LABEL_CHARS = 26
BAR_COLOUR = "#007d7e"


@dataclass(frozen=True)
class Row:
    label: str
    value: int


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
        height = max(len(self.rows), 1) * ROW_HEIGHT
        title_id = f"chart-{self.slug}-title"
        bars = format_html_join("", "{}", ((self._row(i, row),) for i, row in enumerate(self.rows)))
        return format_html(
            '<svg class="dashboard-chart" role="img" aria-labelledby="{}" '
            'viewBox="0 0 {} {}" width="{}" '
            'xmlns="http://www.w3.org/2000/svg">'
            '<title id="{}">{}</title>{}</svg>',
            title_id,
            WIDTH,
            height,
            WIDTH,
            title_id,
            self.title,
            bars,
        )

    def _row(self, index, row):
        top = index * ROW_HEIGHT
        width = self.bar_width(row.value)
        x = LABEL_WIDTH + (BAR_AREA - width) / 2 if self.centred else LABEL_WIDTH
        value_x = x + width + 6
        text_y = top + ROW_HEIGHT / 2 + 5
        return format_html(
            "<g><title>{}: {}</title>"
            '<text x="0" y="{}" font-size="14" fill="currentColor">{}</text>'
            '<rect x="{}" y="{}" width="{}" height="{}" rx="2" fill="{}"></rect>'
            '<text x="{}" y="{}" font-size="14" fill="currentColor">{}</text></g>',
            row.label,
            row.value,
            text_y,
            Truncator(row.label).chars(LABEL_CHARS),
            x,
            top + (ROW_HEIGHT - BAR_HEIGHT) / 2,
            width,
            BAR_HEIGHT,
            BAR_COLOUR,
            value_x,
            text_y,
            row.value,
        )
