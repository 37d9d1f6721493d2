"""The dashboard's period: a GET form of two dates, both inclusive, and its presets.

A period runs from the start of its first day to the end of its last day, in the site's time
zone (settings.TIME_ZONE): `dari` 2026-01-01 and `sampai` 2026-03-31 take in everything from
2026-01-01 00:00 up to, not including, 2026-04-01 00:00. Either end may be left open; with
both open (the default) the period is all time.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

EARLIEST = datetime.date(1990, 1, 1)
LATEST = datetime.date(2100, 12, 31)
INPUT_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]


@dataclass(frozen=True)
class Period:
    start: datetime.date | None = None
    end: datetime.date | None = None  # inclusive

    @property
    def is_all_time(self):
        return self.start is None and self.end is None

    def bounds(self):
        """(from, until) as aware datetimes: from <= t < until; None for an open end."""
        start = _midnight(self.start) if self.start else None
        until = _midnight(self.end + datetime.timedelta(days=1)) if self.end else None
        return start, until

    def filter(self, queryset, field):
        """`queryset` narrowed to rows whose datetime `field` falls in the period."""
        start, until = self.bounds()
        if start is not None:
            queryset = queryset.filter(**{f"{field}__gte": start})
        if until is not None:
            queryset = queryset.filter(**{f"{field}__lt": until})
        return queryset

    def label(self):
        def day(value):
            return formats.date_format(value, "j F Y")

        if self.is_all_time:
            return _("semua waktu")
        if self.end is None:
            return _("sejak %(start)s") % {"start": day(self.start)}
        if self.start is None:
            return _("sampai %(end)s") % {"end": day(self.end)}
        return f"{day(self.start)} – {day(self.end)}"

    def slug(self):
        """For file names: 2026-01-01_2026-03-31, awal_2026-03-31, semua-waktu."""
        if self.is_all_time:
            return "semua-waktu"
        start = self.start.isoformat() if self.start else "awal"
        end = self.end.isoformat() if self.end else "sekarang"
        return f"{start}_{end}"

    def query(self):
        """The GET parameters that select this period."""
        return {
            name: value.isoformat()
            for name, value in (("dari", self.start), ("sampai", self.end))
            if value is not None
        }


ALL_TIME = Period()


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class PeriodForm(forms.Form):
    dari = forms.DateField(
        label=gettext_lazy("Dari tanggal"),
        required=False,
        input_formats=INPUT_FORMATS,
        widget=DateInput(),
    )
    sampai = forms.DateField(
        label=gettext_lazy("Sampai tanggal"),
        required=False,
        input_formats=INPUT_FORMATS,
        widget=DateInput(),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["invalid"] = gettext_lazy(
                "Tanggal tidak dikenali. Tulis sebagai TTTT-BB-HH, misalnya 2026-03-31."
            )

    def clean_dari(self):
        return self._in_range(self.cleaned_data["dari"])

    def clean_sampai(self):
        return self._in_range(self.cleaned_data["sampai"])

    def _in_range(self, value):
        if value is not None and not EARLIEST <= value <= LATEST:
            raise forms.ValidationError(
                _("Pilih tanggal antara tahun %(first)s dan %(last)s.")
                % {"first": EARLIEST.year, "last": LATEST.year}
            )
        return value

    def clean(self):
        data = super().clean()
        start, end = data.get("dari"), data.get("sampai")
        if start and end and end < start:
            self.add_error("sampai", _("Tanggal akhir tidak boleh sebelum tanggal awal."))
        return data

    def period(self):
        """The chosen period; all time when nothing (or something invalid) was chosen."""
        if not self.is_bound or not self.is_valid():
            return ALL_TIME
        return Period(self.cleaned_data["dari"], self.cleaned_data["sampai"])


def period_form(request):
    """The period form of a request: bound when the request names a date."""
    names = ("dari", "sampai")
    return PeriodForm(request.GET if any(n in request.GET for n in names) else None)


def presets(today=None):
    """(label, Period) shortcuts: this year, last year, this quarter, last quarter, all time."""
    today = today or timezone.localdate()
    quarter = (today.month - 1) // 3
    this_quarter = _quarter(today.year, quarter)
    if quarter == 0:
        last_quarter = _quarter(today.year - 1, 3)
    else:
        last_quarter = _quarter(today.year, quarter - 1)
    return [
        (_("Tahun ini"), _year(today.year)),
        (_("Tahun lalu"), _year(today.year - 1)),
        (_("Kuartal ini"), this_quarter),
        (_("Kuartal lalu"), last_quarter),
        (_("Semua waktu"), ALL_TIME),
    ]


def _year(year):
    return Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def _quarter(year, index):
    start = datetime.date(year, 3 * index + 1, 1)
    if index == 3:
        next_start = datetime.date(year + 1, 1, 1)
    else:
        next_start = datetime.date(year, start.month + 3, 1)
    return Period(start, next_start - datetime.timedelta(days=1))
