"""The documentation keeps up with the code.

Every hook and each of its arguments is documented in docs/hooks.md, every
public name in the API reference, every command-line option in the command
line reference; the JSON example in the quickstart is valid output. These
read the Markdown sources, so they need no Sphinx.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
from pathlib import Path

import jsonschema
import pytest

import copydesk
from copydesk import hookspecs
from copydesk.cli import _build_argparser

DOCS = Path(__file__).resolve().parent.parent / "docs"


def page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def hook_names() -> list[str]:
    return sorted(
        name
        for name, function in vars(hookspecs).items()
        if inspect.isfunction(function) and hasattr(function, "copydesk_spec")
    )


HOOKS = hook_names()


def hook_sections() -> dict[str, str]:
    """The text under each ``## name`` heading of docs/hooks.md."""
    parts = re.split(r"^## +(\S+)[ \t]*$", page("hooks.md"), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_there_are_hooks_to_check():
    assert "copydesk_find_dates" in HOOKS and len(HOOKS) >= 9


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_section_rendered_from_its_spec(hook):
    section = hook_sections().get(hook)
    assert section is not None, f"docs/hooks.md has no '## {hook}' section"
    assert f".. autofunction:: copydesk.hookspecs.{hook}" in section


@pytest.mark.parametrize("hook", HOOKS)
def test_every_argument_of_every_hook_is_described(hook):
    section = hook_sections().get(hook, "")
    described = section.split("Arguments", 1)[-1].split("Runs", 1)[0]
    for argument in inspect.signature(getattr(hookspecs, hook)).parameters:
        assert f"`{argument}`" in described, f"argument {argument!r} of {hook} not described"
    assert "Runs\n" in section and "Example\n" in section


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_spec_has_a_docstring(hook):
    assert inspect.getdoc(getattr(hookspecs, hook)), f"{hook} has no docstring"


def test_the_hook_page_documents_no_hook_that_does_not_exist():
    assert sorted(hook_sections()) == HOOKS


def test_hooks_are_documented_in_the_order_they_run():
    order = [name for name, _ in re.findall(r"``(copydesk_\w+)``( once)?", hookspecs.__doc__)]
    assert list(hook_sections()) == list(dict.fromkeys(order))


@pytest.mark.parametrize("name", copydesk.__all__)
def test_every_public_name_is_in_the_api_reference(name):
    api = page("api.md")
    if name == "__version__":
        assert "`copydesk.__version__`" in api
        return
    directive = rf"^\.\. (auto\w+|py:\w+):: (copydesk\.)?{re.escape(name)}$"
    assert re.search(directive, api, re.MULTILINE), f"{name} has no entry in docs/api.md"


def test_the_testing_helpers_are_in_the_api_reference():
    assert ".. automodule:: copydesk.testing" in page("api.md")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = _build_argparser()
    [action] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def option_cases() -> list[tuple[str, str]]:
    """``(subcommand, option)`` for every option; ``""`` is the top-level command."""
    cases = [("", "--version"), ("", "--help")]
    for command, sub in subcommands().items():
        cases.append((command, ""))
        for action in sub._actions:
            if isinstance(action, argparse._HelpAction):
                continue  # documented once, at the top
            if action.option_strings:
                cases.extend((command, option) for option in action.option_strings)
            else:
                cases.append((command, action.metavar or action.dest))
    return cases


def cli_section(command: str) -> str:
    """The text of docs/cli.md under ``## copydesk COMMAND`` (the whole page for "")."""
    cli = page("cli.md")
    if not command:
        return cli
    heading = f"\n## copydesk {command}\n"
    assert heading in cli, f"docs/cli.md has no section for copydesk {command}"
    return cli.split(heading, 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize(
    ("command", "option"), option_cases(), ids=[f"{c} {o}".strip() for c, o in option_cases()]
)
def test_every_command_line_option_is_in_the_reference(command, option):
    section = cli_section(command)
    assert f"`{option}" in section, f"copydesk {command} {option} is not in docs/cli.md"


def quickstart_json_example() -> dict:
    [block] = re.findall(r"^```json\n(.*?)^```$", page("quickstart.md"), re.DOTALL | re.MULTILINE)
    return json.loads(block)


def test_the_quickstart_json_example_follows_the_schema():
    example = quickstart_json_example()
    jsonschema.validate({k: v for k, v in example.items() if k != "id"}, copydesk.json_schema())


def test_the_quickstart_json_example_is_what_copydesk_prints():
    example = quickstart_json_example()
    article = copydesk.Parser(entry_points=False).parse(example["text"])
    assert {"id": example["id"], **copydesk.to_dict(article)} == example, (
        "docs/quickstart.md shows output copydesk no longer gives; paste the output of "
        "copydesk.to_json(copydesk.Parser(entry_points=False).parse(TEXT)) into the example"
    )


def test_every_span_in_the_quickstart_json_example_slices_its_text():
    article = copydesk.from_dict(quickstart_json_example())
    from copydesk.testing import assert_spans_slice

    assert_spans_slice(article)


def test_every_page_is_in_the_table_of_contents():
    index = page("index.md")
    pages = {p.stem for p in DOCS.glob("*.md")} - {"index", "figures"}
    assert {p for p in pages if f"\n{p}\n" not in index} == set()


def test_figures_have_a_row_and_a_command_for_each_measurement():
    figures = page("figures.md")
    for marker in ("accuracy:start", "accuracy:end", "speed:start", "speed:end"):
        assert f"<!-- {marker} -->" in figures
    assert "nox -s eval" in figures and "nox -s bench" in figures
