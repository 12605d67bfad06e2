"""The command line's one table of commands, and what every command shares: the --lang
option, argparse speaking the chosen language, errors said in one line."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.domain import words
from desktop.domain.words import Lang, say


@dataclass(frozen=True)
class Command:
    """One command: its name, the catalogue code of its help line, its arguments, and what
    it does (returns the exit code; ``args.lang`` is the language)."""

    name: str
    arguments: Callable[[argparse.ArgumentParser, Lang], None]
    run: Callable[[argparse.Namespace], int]

    def help(self, lang: Lang) -> str:
        return say(f"cli.help.{self.name}", lang)


def file_only(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """The arguments of a command that takes the counting file alone."""
    parser.add_argument("file", type=Path)


def language_of(argv: Sequence[str]) -> Lang:
    """The --lang given anywhere on the line (argparse is told the words before it parses)."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in (Lang.VI.value, Lang.EN.value):
            return Lang(value)
    return words.DEFAULT


def speak(lang: Lang) -> None:
    """argparse's own words (usage, errors) in ``lang``."""

    def translate(message: str) -> str:
        code = f"argparse:{message}"
        return words.CATALOGUE[code][lang.position] if words.has(code) else message

    def translate_plural(singular: str, plural: str, n: int) -> str:
        return translate(singular if n == 1 else plural)

    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]


def add_version(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """--version, its help in ``lang`` (argparse 3.11 does not translate that one)."""
    parser.add_argument("--version", action="version", version=f"kiemphieu {__version__}",
                        help=say("argparse:show program's version number and exit", lang))


def build_parser(commands: Sequence[Command], lang: Lang) -> argparse.ArgumentParser:
    speak(lang)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=[x.value for x in Lang], default=words.DEFAULT.value,
                        help=say("cli.help.lang", lang))
    parser = argparse.ArgumentParser(prog="kiemphieu", description=say("cli.description", lang))
    add_version(parser, lang)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in commands:
        p = sub.add_parser(command.name, help=command.help(lang), parents=[common],
                           description=command.help(lang))
        command.arguments(p, lang)
    return parser
