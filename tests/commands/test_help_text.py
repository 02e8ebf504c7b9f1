"""The command line speaks French too: help texts, argparse's own words and its errors."""

from __future__ import annotations

import argparse

import pytest

from bm_desktop.cli import build_parser, main
from bm_desktop.commands.help_text import choose_language, set_language
from bm_desktop.i18n import translate


def _help_texts(parser: argparse.ArgumentParser) -> list[str]:
    texts = [parser.description] if parser.description else []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            texts += [a.help for a in action._choices_actions if a.help]
            for sub in dict.fromkeys(action.choices.values()):
                texts += _help_texts(sub)
        elif (
            action.help
            and action.help != argparse.SUPPRESS
            and not isinstance(action, argparse._HelpAction)
        ):
            texts.append(action.help)
    return texts


def test_every_help_text_has_french() -> None:
    set_language("en")
    texts = _help_texts(build_parser())
    assert len(texts) > 60
    missing = [t for t in texts if translate("CommandHelp", t, "fr") == t]
    assert missing == []


def test_help_in_french(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "fr", "stats", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation : bm-desktop stats")
    assert "Afficher les chiffres d'impact du programme pour une période" in out
    assert "afficher cette aide et quitter" in out and "premier jour de la période" in out
    set_language("en")


def test_argparse_errors_in_french(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["stats", "--lang", "fr", "--from", "2022-02-30", "--to", "2022-03-31"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert (
        "bm-desktop stats : erreur : argument --from : « 2022-02-30 » n'est pas une date "
        "(utilisez AAAA-MM-JJ)"
    ) in err
    with pytest.raises(SystemExit):  # (stats' --from/--to are optional now)
        main(["export", "incidents", "--lang", "fr"])
    assert "les arguments suivants sont obligatoires : --out" in capsys.readouterr().err
    set_language("en")


def test_the_language_comes_from_the_command_line_then_the_environment(monkeypatch) -> None:
    assert choose_language(["stats", "--lang", "fr"]) == "fr"
    assert choose_language(["--lang=fr"]) == "fr"
    assert choose_language(["stats"]) == "en"  # BM_DESKTOP_LANG=en in the tests
    monkeypatch.setenv("BM_DESKTOP_LANG", "fr")
    assert choose_language(["stats"]) == "fr"
    assert choose_language(["stats", "--lang", "en"]) == "en"
    monkeypatch.delenv("BM_DESKTOP_LANG")
    monkeypatch.setenv("LANG", "fr_CD.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert choose_language([]) == "fr"
