"""Journey 5: a leader reads the dashboard for a period and takes the agency table out as CSV.

Every row of the agency tables is checked against the ideas behind it, counted here straight
from the database (the one visibility rule, kb.visibility, and the fields of each idea), not
through dashboard.stats.
"""

import csv
import datetime
import io
from pathlib import Path

from django.db.models import Q
from django.utils import timezone
from playwright.sync_api import expect

from ideas.models import Agency, IdeaPage
from kb.visibility import viewable_by

from ..conftest import BROWSER_DB

COLUMNS = [
    "Perangkat daerah",
    "Diamati",
    "Dikaji/uji coba",
    "Diterapkan",
    "Dihentikan",
    "Jumlah ide",
]
OWN, OUTSIDE = "Perangkat daerah kota", "Instansi di luar kota"
DERIVED = ("tiru", "modifikasi")

# A bar's label: its lines (one tspan each), read as one text.
READ_LABELS = """texts => texts.map(
    t => [...t.querySelectorAll("tspan")].map(line => line.textContent).join(" ")
)"""
READ_TABLE = """t => ({
    head: [...t.tHead.rows[0].cells].map(c => c.textContent.trim()),
    rows: [...t.tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent.trim())),
})"""


def counted_from_the_database(leader, start=None, end=None):
    """{agency label: (is_own, [observed, in trial, implemented, stopped, distinct ideas])}."""
    ideas = viewable_by(IdeaPage.objects.all(), leader)
    if start:
        ideas = ideas.filter(first_published_at__gte=midnight(start))
    if end:
        ideas = ideas.filter(first_published_at__lt=midnight(end + datetime.timedelta(days=1)))
    expected = {}
    for agency in Agency.objects.all():
        observed = ideas.filter(stage="amati", source_agency=agency)
        adopted = ideas.filter(stage__in=DERIVED, adopting_agency=agency)
        counts = [
            observed.count(),
            adopted.filter(status__in=["diusulkan", "dikaji", "uji_coba"]).count(),
            adopted.filter(status__in=["diterapkan", "dilembagakan"]).count(),
            adopted.filter(status="dihentikan").count(),
        ]
        distinct = ideas.filter(
            Q(stage="amati", source_agency=agency) | Q(stage__in=DERIVED, adopting_agency=agency)
        ).count()
        assert sum(counts) == distinct  # each idea in exactly one column
        if distinct:
            expected[str(agency)] = (agency.is_own, [*counts, distinct])
    return expected


def midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def screen_tables(page):
    """{agency label: [five figures as int]} of the own and the outside table on the screen."""
    tables = {}
    for name in (OWN, OUTSIDE):
        found = page.get_by_role("table", name=name).evaluate(READ_TABLE)
        assert found["head"] == COLUMNS
        rows = {row[0]: [int(cell) for cell in row[1:]] for row in found["rows"]}
        assert len(rows) == len(found["rows"]), "an agency is listed twice"
        totals = [row[-1] for row in rows.values()]
        assert totals == sorted(totals, reverse=True), "busiest agency first"
        tables[name] = rows
    return tables


def assert_tables_match_the_database(page, leader, start=None, end=None):
    expected = counted_from_the_database(leader, start, end)
    tables = screen_tables(page)
    assert tables[OWN] == {k: v for k, (own, v) in expected.items() if own}
    assert tables[OUTSIDE] == {k: v for k, (own, v) in expected.items() if not own}
    return tables


@BROWSER_DB
def test_a_leader_reads_the_dashboard_for_a_period_and_downloads_the_agency_table(
    demo, journey, login, page
):
    leader = demo["pimpinan"]
    login(leader)
    journey.step("Pimpinan masuk ke admin dan melihat ringkasan dasbor di beranda")

    page.get_by_role("link", name="Buka Dasbor Pimpinan").click()
    expect(page.get_by_role("heading", name="Dasbor Pimpinan", level=1)).to_be_visible()
    expect(page.get_by_text("Angka di bawah untuk periode: semua waktu.")).to_be_visible()
    tables = assert_tables_match_the_database(page, leader)
    # Dukcapil adopted three ideas, all institutionalised: three ideas, counted once each
    # (its row also counts what it is the source of, internal ideas included).
    dukcapil = "Dinas Kependudukan dan Pencatatan Sipil Kota Ambon (Dukcapil)"
    observed, trying, applied, stopped, total = tables[OWN][dukcapil]
    assert (trying, applied, stopped) == (0, 3, 0)
    assert total == observed + trying + applied + stopped
    # Seoul and Singapore are sources from outside, not the city's own agencies.
    assert "Municipal Services Office (MSO)" in tables[OUTSIDE]
    assert not any("Kota Ambon" in label for label in tables[OUTSIDE])
    # Every bar's label is written whole: each one is an agency of its table.
    for name, slug in ((OWN, "own-agencies"), (OUTSIDE, "outside-agencies")):
        chart = page.locator(f"svg[aria-labelledby=chart-{slug}-title]")
        labels = chart.locator("g > text:first-of-type").evaluate_all(READ_LABELS)
        assert labels and set(labels) <= set(tables[name]), labels
    journey.step("Dasbor untuk semua waktu: tabel perangkat daerah kota dan instansi di luar kota")

    # A period that ends before it starts: told next to the field, the figures stay.
    today = timezone.localdate()
    start, end = today - datetime.timedelta(days=500), today - datetime.timedelta(days=150)
    page.get_by_label("Dari tanggal").fill(end.isoformat())
    page.get_by_label("Sampai tanggal").fill(start.isoformat())
    page.get_by_role("button", name="Terapkan").click()
    error = page.locator("#id_sampai-error")
    expect(error).to_have_text("Tanggal akhir tidak boleh sebelum tanggal awal.")
    expect(page.get_by_label("Sampai tanggal")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_text("angka ditampilkan untuk semua waktu")).to_be_visible()
    assert_tables_match_the_database(page, leader)
    journey.step("Tanggal akhir sebelum tanggal awal: pesan di samping kolomnya, angka tetap ada")

    page.get_by_label("Dari tanggal").fill(start.isoformat())
    page.get_by_label("Sampai tanggal").fill(end.isoformat())
    page.get_by_role("button", name="Terapkan").click()
    expect(page.locator("#id_sampai-error")).to_have_count(0)
    expect(page.locator(".dashboard-period__current strong")).not_to_have_text("semua waktu")
    assert f"dari={start.isoformat()}" in page.url
    tables = assert_tables_match_the_database(page, leader, start, end)
    all_time = counted_from_the_database(leader)
    assert sum(r[-1] for t in tables.values() for r in t.values()) < sum(
        v[-1] for _own, v in all_time.values()
    ), "the period leaves some ideas out"
    journey.step("Dasbor untuk periode yang dipilih: tiap baris sesuai ide di baliknya")

    with page.expect_download() as info:
        page.get_by_role("link", name="Unduh tabel perangkat daerah (CSV)").click()
    download = info.value
    assert download.suggested_filename == (
        f"dasbor-pimpinan-perangkat-daerah_{start.isoformat()}_{end.isoformat()}.csv"
    )
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the byte order mark"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Kelompok", "Perangkat daerah"] and rows[0][5:] == COLUMNS[1:]
    from_csv = {OWN: {}, OUTSIDE: {}}
    for group, name, acronym, _city, _country, *figures in rows[1:]:
        label = f"{name} ({acronym})" if acronym else name
        from_csv[group][label] = [int(n) for n in figures]
    assert from_csv == tables
    journey.step("Tabel perangkat daerah diunduh sebagai CSV, sama dengan yang di layar")
