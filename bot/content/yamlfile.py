"""Read the data files with YAML 1.2 booleans, so a coordinator's `no` or `on` stays a word."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

_AS_TEXT = ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
"""Read as text: booleans get the rule below; dates are checked by the model that reads them, so
an impossible date (2025-13-01) is a defect naming its file and parameter, not a crash."""
_BOOLEAN = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


@lru_cache(maxsize=1)
def _yaml_loader() -> Any:
    """SafeLoader where only true/false are booleans (YAML 1.1 also turns yes/no/on/off into them);
    libyaml's parser where PyYAML was built with it: it reads the knowledge base five times faster.
    Made on the first read: a start that finds the knowledge base and dialogs kept reads no YAML,
    and so does not import PyYAML either."""
    import yaml

    loader: Any = type("_Loader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})
    loader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag not in _AS_TEXT]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOLEAN, list("tTfF"))
    return loader


class DataFileError(ValueError):
    """A data file that cannot be read as YAML; the message names the file and the line."""


def read_yaml(path: Path) -> object:
    """Parse one data file; a syntax error becomes a DataFileError naming file and line."""
    import yaml

    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_yaml_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}" if mark is not None else "unknown line"
        raise DataFileError(f"{path}: {where}: {exc.problem}") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read ({exc.strerror})") from exc
