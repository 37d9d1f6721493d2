"""docs/benchmarks.md: each benchmark command rewrites its own section and nothing else."""

from bench.common import markers, write_section

OTHER = "# Notes\n\nWritten by hand.\n"


def test_a_section_is_appended_then_replaced_in_place(tmp_path):
    path = tmp_path / "benchmarks.md"
    path.write_text(OTHER)
    start, end = markers("bench_one")
    write_section(path, "bench_one", "## One\nold\n")
    assert path.read_text() == f"{OTHER}\n{start}\n## One\nold\n{end}\n"
    path.write_text(path.read_text() + "\n## After\n")
    write_section(path, "bench_one", "## One\nnew\n")
    assert path.read_text() == f"{OTHER}\n{start}\n## One\nnew\n{end}\n\n## After\n"


def test_two_commands_keep_each_other_s_sections(tmp_path):
    path = tmp_path / "benchmarks.md"
    write_section(path, "bench_search", "# Search\n1\n")
    write_section(path, "bench_dashboard", "## Dashboard\n2\n")
    write_section(path, "bench_search", "# Search\n3\n")
    text = path.read_text()
    assert "# Search\n3\n" in text and "# Search\n1\n" not in text
    assert "## Dashboard\n2\n" in text
    assert text.index("# Search") < text.index("## Dashboard")
