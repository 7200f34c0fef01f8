"""The core's modules import each other without a cycle, and nothing below the window hides an import
of our own modules inside a function (the usual way a cycle is dodged instead of removed)."""

from __future__ import annotations

import ast
from pathlib import Path

import mutual_aid_desk

PACKAGE = Path(mutual_aid_desk.__file__).parent
CHECKED = ("core", "db", "reports")

def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The mutual_aid_desk modules (or names in them) one import statement names."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:  # relative: resolve against the importing module's package
        base = module.split(".")
        base = base if is_package else base[:-1]
        base = base[: len(base) - (node.level - 1)]
        prefix = ".".join(base + ([node.module] if node.module else []))
    else:
        prefix = node.module or ""
    return [prefix] + [f"{prefix}.{alias.name}" for alias in node.names]


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _module_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports run when the module loads: top level, in class bodies, in if/try; not under TYPE_CHECKING."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif isinstance(node, ast.If) and not _is_type_checking(node):
            pending.extend(node.body + node.orelse)
        elif isinstance(node, ast.ClassDef):  # a class body runs when the module loads
            pending.extend(node.body)
        elif isinstance(node, ast.Try):
            pending.extend(node.body + node.orelse + node.finalbody)
            for handler in node.handlers:
                pending.extend(handler.body)
    return found


def _function_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.extend(n for n in ast.walk(fn) if isinstance(n, (ast.Import, ast.ImportFrom)))
    return found


def _sources(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def core_graph() -> dict[str, set[str]]:
    """core module → the core modules it imports when it loads."""
    paths = {_module_name(p): p for p in _sources("core")}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _module_level_imports(tree):
            for target in _imported(node, name, path.name == "__init__.py"):
                if target in paths and target != name:
                    graph[name].add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a list of modules (first repeated at the end), or [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return []

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start)
            if cycle:
                return cycle
    return []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_core_modules_form_no_import_cycle() -> None:
    cycle = find_cycle(core_graph())
    assert not cycle, "import cycle in core: " + " → ".join(cycle)


def test_no_function_level_import_of_our_own_modules() -> None:
    hidden: dict[str, list[int]] = {}
    for folder in CHECKED:
        for path in _sources(folder):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in _function_level_imports(tree):
                names = _imported(node, _module_name(path), path.name == "__init__.py")
                if any(n == "mutual_aid_desk" or n.startswith("mutual_aid_desk.") for n in names):
                    hidden.setdefault(path.relative_to(PACKAGE.parent).as_posix(), []).append(node.lineno)
    new = [f"{name}:{line}" for name, lines in sorted(hidden.items()) for line in lines]
    assert not new, "imports inside functions (move them to the top of the module):\n" + "\n".join(new)


def test_the_database_layer_imports_nothing_from_the_core() -> None:
    """db/ sits below core/ (a server's backup is handed down, ``core.transfer.open_station``). Migration
    revisions are history: one written against the core of its day may use its helpers."""
    upward = []
    for path in _sources("db"):
        if "migrations" in path.parts:
            continue
        module = _module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = _imported(node, module, path.name == "__init__.py")
                if any(n == "mutual_aid_desk.core" or n.startswith("mutual_aid_desk.core.") for n in names):
                    upward.append(f"{path.relative_to(PACKAGE.parent).as_posix()}:{node.lineno}")
    assert not upward, "db/ reaches up into core/:\n" + "\n".join(upward)
