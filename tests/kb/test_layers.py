"""The layers stay honest: who may import whom, read from the source (every import statement,
including the ones inside functions)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The apps that serve users, and the dev-only code beside them.
SERVING = ("kb", "ideas", "review", "dashboard", "search")
DEV_ONLY = ("bench", "demo")
WHOOSH = "search.backends.whoosh"


def _module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path):
    """The absolute names of the modules `path` imports."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.append(base)
            names.extend(f"{base}.{alias.name}" for alias in node.names)
    return names


def sources(*packages):
    for package in packages:
        yield from sorted((ROOT / package).rglob("*.py"))


def offenders(files, forbidden):
    return sorted(
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in imports_of(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


def test_the_import_reader_resolves_relative_imports():
    found = imports_of(ROOT / "search" / "backends" / "whoosh" / "query.py")
    assert any(name.startswith("search.backends.whoosh.analysis") for name in found)


def test_nothing_outside_the_whoosh_package_imports_it():
    files = [
        path
        for path in sources(*SERVING, *DEV_ONLY)
        if not str(path).startswith(str(ROOT / "search" / "backends" / "whoosh"))
    ]
    assert offenders(files, [WHOOSH]) == []


def test_ideas_does_not_import_review():
    assert offenders(sources("ideas"), ["review"]) == []


@pytest.mark.parametrize("package", SERVING)
def test_apps_serving_users_do_not_import_dev_only_code(package):
    assert offenders(sources(package), list(DEV_ONLY)) == []
