"""docs/benchmarks.md holds one section per benchmark command; each rewrites only its own."""

from pathlib import Path


def markers(command):
    return (
        f"<!-- {command}:start (written by manage.py {command}) -->",
        f"<!-- {command}:end -->",
    )


def write_section(path, command, body):
    """Put ``body`` between ``command``'s markers in ``path`` (appended the first time)."""
    path = Path(path)
    start_marker, end_marker = markers(command)
    section = f"{start_marker}\n{body.strip()}\n{end_marker}\n"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start, end = text.find(start_marker), text.find(end_marker)
    if start != -1 and end > start:
        after = text[end + len(end_marker) :].lstrip("\n")
        text = text[:start] + section + ("\n" + after if after else "")
    else:
        text = (text.rstrip("\n") + "\n\n" if text else "") + section
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
