"""The dashboard's tables as CSV files that Excel opens as they are.

UTF-8 with a byte order mark (Excel otherwise reads the file in the machine's legacy code page
and garbles any non-ASCII name), comma-separated, Indonesian headers, and the period in the
file name. A cell that a spreadsheet would take for a formula (names and titles are typed by
users) is prefixed with an apostrophe.
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


def agency_headers():
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


def most_adopted_headers():
    return [_("Ide"), _("Tahap ATM"), _("Perangkat daerah"), _("Adopsi dalam periode"), _("Alamat")]


def most_adopted_rows(items, request):
    for idea, adoptions in items:
        agency = idea.adopting_agency or idea.source_agency
        yield [
            cell(idea.title),
            idea.get_stage_display(),
            cell(str(agency)) if agency else "",
            adoptions,
            request.build_absolute_uri(idea.url) if idea.url else "",
        ]


def agency_table_csv(figures, period):
    """One row per agency with its group (the city's own or outside)."""
    return csv_response("perangkat-daerah", period, agency_headers(), agency_rows(figures))


def most_adopted_csv(items, period, request):
    rows = most_adopted_rows(items, request)
    return csv_response("paling-banyak-diadopsi", period, most_adopted_headers(), rows)


def csv_response(name, period, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    response = HttpResponse(
        ("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    filename = f"dasbor-pimpinan-{name}_{period.slug()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
