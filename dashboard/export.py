"""The dashboard's agency tables as a CSV file that Excel opens as it is.

UTF-8 with a byte order mark (Excel otherwise reads the file in the machine's legacy code page
and garbles any non-ASCII name), comma-separated, Indonesian headers, one row per agency with
its group (the city's own or outside), and the period in the file name. A cell that a
spreadsheet would take for a formula (agency names are typed by users) is prefixed with an
apostrophe.
"""

import csv
import io

from django.http import HttpResponse
from django.utils.translation import gettext as _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def headers():
    return [
        _("Kelompok"),
        _("Perangkat daerah"),
        _("Singkatan"),
        _("Kota/kabupaten"),
        _("Negara"),
        _("Diamati"),
        _("Dikaji/uji coba"),
        _("Diterapkan"),
        _("Dihentikan"),
        _("Jumlah ide"),
    ]


def agency_rows(figures):
    groups = (
        (_("Perangkat daerah kota"), figures.own_agencies),
        (_("Instansi di luar kota"), figures.outside_agencies),
    )
    for group, rows in groups:
        for row in rows:
            agency = row.agency
            yield [
                group,
                *(cell(v) for v in (agency.name, agency.acronym, agency.city, agency.country)),
                row.observed,
                row.in_progress,
                row.implemented,
                row.stopped,
                row.total,
            ]


def agency_table_csv(figures, period):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers())
    writer.writerows(agency_rows(figures))
    response = HttpResponse(
        ("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    filename = f"dasbor-pimpinan-perangkat-daerah_{period.slug()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
