"""Importing the package is cheap: no cattrs, no data, no metadata look-ups."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import procuratorate_awards as pa

PROBE = """
import sys
import procuratorate_awards
heavy = {"cattrs", "importlib_resources", "importlib.metadata", "pandas", "polars"}
print(sorted(heavy & set(sys.modules)))
"""


def test_import_loads_no_data_and_no_cattrs() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_public_names_are_exported_and_documented() -> None:
    for name in pa.__all__:
        value = getattr(pa, name)
        if not name.startswith("__") and not name.isupper():
            assert value.__doc__, name
    assert pa.__version__.count(".") == 2
    assert pa.DIVISIONS_VINTAGE == "2022-12-31"


# Everything a session does without exporting or reading an export back.
NORMAL_USE = """
import sys
import procuratorate_awards as pa
everything = pa.awards()
str(everything[0]); everything[0]._repr_html_(); str(everything); everything._repr_html_()
str(pa.notice()); str(pa.units()[0]); str(pa.provinces()[0]); pa.registry()
pa.awards(tier="一等奖", province="浙江", level="basic", text="保险", subject="刑事", kind="普通")
pa.awards().group_by("province"); pa.awards().count_by("subject")
pa.search("嵊州"); pa.english_name(everything[0].units[0]); pa.english_title(everything[0])
pa.english_name("北京市人民检察院第四分院"); pa.subjects(everything[0])
str(pa.medal_table()); pa.level_counts(); pa.joint_awards()
pa.resolve_procuratorate("浙江省嵊州市人民檢察院"); pa.resolve_province("Zhejiang")
pa.resolve_level("上海铁路运输检察院")
str(pa.find_procuratorates("经浙江省丽水市、松阳县人民检察院和最高检审查，本院认为"))
print(sorted(name for name in sys.modules if name.split(".")[0] == "cattrs"))
"""


def test_normal_use_never_imports_cattrs() -> None:
    # cattrs serves damaged resources and the exports only; the shipped data is built
    # directly once its digests match.
    result = subprocess.run(
        [sys.executable, "-c", NORMAL_USE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


FIRST_QUERY = """
import sys
import procuratorate_awards as pa
found = pa.awards(tier="一等奖")
drawing = {"_columns", "_frames", "_render", "_tables", "_translations"}
print(sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.rsplit(".", 1)[-1] in drawing))
print(str(found[0]).splitlines()[0])
print(str(found).splitlines()[0])
"""


def test_a_first_query_defines_no_table_code_yet_its_records_print() -> None:
    # The code that draws tables loads when a record or a list is first printed.
    result = subprocess.run(
        [sys.executable, "-c", FIRST_QUERY], capture_output=True, text=True, check=True
    )
    loaded, record, table = result.stdout.splitlines()
    assert loaded == "[]"
    assert record.split() == ["award", "一等奖", "1", "(First", "prize", "1)"]
    assert table.split() == ["label", "title", "units"]


COLLECTOR = """
import gc
import sys
running = sys.argv[1] == "on"
if not running:
    gc.disable()
import procuratorate_awards as pa
pa.awards(tier="一等奖")
pa.find_procuratorates("浙江省嵊州市人民检察院")
print(gc.isenabled())
"""


def test_the_collector_is_left_as_the_caller_set_it() -> None:
    # Modules and records are made with the cyclic collector paused; it is resumed only
    # where it ran before.
    for setting, expected in (("on", "True"), ("off", "False")):
        result = subprocess.run(
            [sys.executable, "-c", COLLECTOR, setting], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == expected


def _type_checking_imports() -> dict[str, str]:
    tree = ast.parse(Path(pa.__file__).read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                for alias in statement.names:
                    found[alias.name] = (statement.module or "").lstrip(".")
    return found


def test_one_list_of_public_names() -> None:
    lazy: dict[str, str] = vars(pa)["_LAZY"]
    eager = {name for name in pa.__all__ if name not in lazy}
    # The lazy table, the imports type checkers read and __all__ name the same things,
    # each from the module that defines it.
    assert _type_checking_imports() == lazy
    assert set(pa.__all__) == eager | set(lazy)
    assert len(pa.__all__) == len(set(pa.__all__))
    assert eager == {
        "AmbiguousNameError",
        "DataError",
        "NameLookupError",
        "ProcuratorateAwardsError",
        "UnknownNameError",
        "DATA_VERSION",
        "DIVISIONS_VINTAGE",
        "__version__",
    }
    for name, module in lazy.items():
        value = getattr(pa, name)
        if isinstance(value, type) or callable(value):
            assert value.__module__ == f"procuratorate_awards.{module}", name


def _module_level_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            # A type variable means the same wherever it is declared.
            if isinstance(value, ast.Call) and ast.unparse(value.func) == "TypeVar":
                continue
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names - {"__all__"}


def test_no_module_level_name_is_defined_in_two_modules() -> None:
    # One name, one meaning: a name defined twice is a rule written twice or a trap.
    where: dict[str, list[str]] = {}
    for path in sorted(Path(pa.__file__).parent.glob("*.py")):
        for name in _module_level_names(path):
            where.setdefault(name, []).append(path.stem)
    assert {name: modules for name, modules in where.items() if len(modules) > 1} == {}


def test_no_module_is_over_500_lines() -> None:
    # A module that grows past this holds more than one concern; split it by concern.
    lengths = {
        path.name: len(path.read_text(encoding="utf-8").splitlines())
        for path in Path(pa.__file__).parent.glob("*.py")
    }
    assert {name: length for name, length in lengths.items() if length > 500} == {}
