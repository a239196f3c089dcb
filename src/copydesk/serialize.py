"""One cattrs converter for the whole model: dicts, JSON, and a JSON Schema.

The JSON shape is the contract the reference scorer reads (see the README):
spans are ``{"start", "end", "text"}``, enums are their values, dates are ISO
8601 strings, durations are ``relativedelta`` keyword dicts. ``from_dict``
gives back an :class:`~copydesk.Article` equal to the one serialised.
"""

from __future__ import annotations

import enum
import json
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

import attrs
import cattrs
from dateutil.relativedelta import relativedelta

from copydesk.model import Article, FrozenMap

__all__ = ["converter", "from_dict", "from_json", "json_schema", "to_dict", "to_json"]

_DELTA_FIELDS = ("years", "months", "weeks", "days", "hours", "minutes", "seconds", "microseconds")
_DELTA_STORED = ("years", "months", "days", "hours", "minutes", "seconds", "microseconds")


def _date_from_iso(value: Any, _type: Any) -> date:
    if isinstance(value, date):
        return value
    text = str(value)
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _delta_to_dict(delta: relativedelta) -> dict[str, int]:
    return {name: getattr(delta, name) for name in _DELTA_STORED if getattr(delta, name)}


def _delta_from_dict(value: Any, _type: Any) -> relativedelta:
    fields: dict[str, Any] = {k: int(v) for k, v in dict(value).items() if k in _DELTA_FIELDS}
    return relativedelta(**fields)


def _is_mapping(tp: Any) -> bool:
    return tp is Mapping or typing.get_origin(tp) is Mapping


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_unstructure_hook(date, lambda d: d.isoformat())
    conv.register_unstructure_hook(datetime, lambda d: d.isoformat())
    conv.register_structure_hook(date, _date_from_iso)
    conv.register_unstructure_hook(relativedelta, _delta_to_dict)
    conv.register_structure_hook(relativedelta, _delta_from_dict)
    conv.register_unstructure_hook(FrozenMap, dict)
    conv.register_unstructure_hook_func(_is_mapping, dict)
    conv.register_structure_hook_func(_is_mapping, lambda value, _t: dict(value))
    return conv


@cache
def converter() -> cattrs.Converter:
    """The converter every copydesk (de)serialisation goes through."""
    return _make_converter()


def to_dict(article: Article) -> dict[str, Any]:
    """The article as plain JSON-ready data."""
    result: dict[str, Any] = converter().unstructure(article)
    return result


def from_dict(data: Mapping[str, Any]) -> Article:
    """An article from what :func:`to_dict` made (extra keys like ``id`` are ignored)."""
    return converter().structure(dict(data), Article)


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as JSON text (UTF-8 characters kept as they are)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def from_json(text: str) -> Article:
    """An article from JSON made by :func:`to_json`."""
    return from_dict(json.loads(text))


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_schema_for(a, defs) for a in args if a is not type(None)]
        nullable = type(None) in args
        schema = options[0] if len(options) == 1 else {"anyOf": options}
        return {"anyOf": [schema, {"type": "null"}]} if nullable else schema
    if origin is tuple:
        return {"type": "array", "items": _schema_for(args[0], defs)}
    if origin is Mapping or tp is Mapping:
        return {"type": "object"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if tp is relativedelta:
        props = {name: {"type": "integer"} for name in _DELTA_STORED}
        return {"type": "object", "properties": props, "additionalProperties": False}
    if isinstance(tp, type) and attrs.has(tp):
        return _schema_for_class(tp, defs)
    return _scalar_schema(tp)


def _scalar_schema(tp: Any) -> dict[str, Any]:
    if tp is datetime:
        return {"type": "string", "format": "date-time"}
    if tp is date:
        return {"type": "string", "description": "ISO 8601 date, or date-time for times of day"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    return {}


def _schema_for_class(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = cls.__name__
    if name not in defs:
        defs[name] = {}
        hints = typing.get_type_hints(cls)
        fields = [f for f in attrs.fields(cls) if f.init]
        defs[name] = {
            "type": "object",
            "description": (cls.__doc__ or "").strip().split("\n")[0],
            "properties": {f.name: _schema_for(hints[f.name], defs) for f in fields},
            "required": [f.name for f in fields],
        }
    return {"$ref": f"#/$defs/{name}"}


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of what :func:`to_dict` produces."""
    defs: dict[str, Any] = {}
    root = _schema_for(Article, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "copydesk Article",
        **root,
        "$defs": defs,
    }
