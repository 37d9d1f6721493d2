"""The charts write every label in full: two agencies whose names begin alike stay apart."""

from dashboard.charts import LINE_CHARS, Chart, Row

BPBD_AMBON = "Badan Penanggulangan Bencana Daerah Kota Ambon (BPBD)"
BPBD_SEMARANG = "Badan Penanggulangan Bencana Daerah Kota Semarang (BPBD)"
BAPPEDA = (
    "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kota Ambon (Bappeda-Litbang)"
)


def test_labels_are_whole_and_long_ones_wrap():
    chart = Chart(
        "agency",
        "Per perangkat daerah",
        [Row(BPBD_AMBON, 3), Row(BPBD_SEMARANG, 1), Row(BAPPEDA, 2)],
    )
    svg = str(chart.svg())
    assert f">{BPBD_AMBON}</tspan>" in svg
    assert f">{BPBD_SEMARANG}</tspan>" in svg
    # The longest name takes two lines, and both lines together say all of it.
    lines = Row(BAPPEDA, 2).lines
    assert len(lines) == 2 and all(len(line) <= LINE_CHARS for line in lines)
    assert " ".join(lines) == BAPPEDA
    for line in lines:
        assert f">{line}</tspan>" in svg
    assert f"<title>{BAPPEDA}: 2</title>" in svg


def test_rows_do_not_overlap():
    rows = [Row(BAPPEDA, 2), Row("Dukcapil", 1)]
    svg = str(Chart("agency", "t", rows).svg())
    # The second row starts below the first one's two label lines and its bar.
    assert f'viewBox="0 0 540 {rows[0].height + rows[1].height}"' in svg
    assert rows[0].height > rows[1].height
