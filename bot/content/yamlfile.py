"""Read the data files with YAML 1.2 booleans, so a coordinator's `no` or `on` stays a word."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser where PyYAML was built with it: it reads the knowledge base five times faster."""


_AS_TEXT = ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
"""Read as text: booleans get the rule below; dates are checked by the model that reads them, so
an impossible date (2025-13-01) is a defect naming its file and parameter, not a crash."""


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """SafeLoader where only true/false are booleans (YAML 1.1 also turns yes/no/on/off into them)."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag not in _AS_TEXT]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class DataFileError(ValueError):
    """A data file that cannot be read as YAML; the message names the file and the line."""


def read_yaml(path: Path) -> object:
    """Parse one data file; a syntax error becomes a DataFileError naming file and line."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}" if mark is not None else "unknown line"
        raise DataFileError(f"{path}: {where}: {exc.problem}") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read ({exc.strerror})") from exc
