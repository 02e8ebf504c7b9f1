"""Service errors show in the user's language: English ``str(exc)``, French ``exc.text("fr")``."""

from __future__ import annotations

import ast
import datetime as dt
import re
import string
from pathlib import Path

import pytest

from bm_desktop.domain import action_lifecycle
from bm_desktop.domain.errors import TransitionError, ValidationError, error_text
from bm_desktop.i18n import catalogue
from bm_desktop.services import actions, incidents
from bm_desktop.services.actions import ActionDraft, ProgressDraft
from bm_desktop.services.incidents import IncidentDraft
from tests.services.loop_data import TODAY, build_small_programme

D = dt.date
ROOT = Path(__file__).resolve().parents[2]
MODULES = [
    "bm_desktop/services/incidents.py",
    "bm_desktop/services/actions.py",
    "bm_desktop/services/risks.py",
    "bm_desktop/domain/action_lifecycle.py",
    "bm_desktop/services/meetings.py",
    "bm_desktop/services/meeting_record.py",
    "bm_desktop/services/meetings_overview.py",
    "bm_desktop/services/agenda_inputs.py",
    "bm_desktop/commands/agenda.py",
    "bm_desktop/domain/agenda.py",
    "bm_desktop/domain/agenda_build.py",
    "bm_desktop/commands/import_.py",
]
ERRORS = {
    "BmError",
    "ValidationError",
    "NotFoundError",
    "TransitionError",
    "LifecycleError",
    "_fail",
    "_say",
    "ImportFileError",
    "AgendaEditError",
}
TABLES = {"template", "_ALREADY_REVIEWED", "_BAD_COUNT"}


@pytest.fixture
def prog(db):
    return build_small_programme(db)


def new_action(db, prog):
    return actions.recommend(
        db,
        ActionDraft(
            kind="awareness_campaign",
            description="Campaign against child labour",
            recommended_on=D(2021, 9, 1),
            due_on=D(2021, 12, 31),
            stakeholder_id=prog.cooperative,
            priority="high",
            by="coordinator",
            site_id=prog.kolwezi,
            risk_area_code="child_labour",
        ),
        today=TODAY,
    )


def test_due_date_before_the_recommendation_date_in_french_and_english(db, prog) -> None:
    with pytest.raises(ValidationError) as caught:
        actions.recommend(
            db,
            ActionDraft(
                kind="training",
                description="Campaign",
                recommended_on=D(2021, 9, 1),
                due_on=D(2021, 8, 1),
                stakeholder_id=prog.cooperative,
                priority="low",
                site_id=prog.kolwezi,
                risk_area_code="child_labour",
            ),
            today=TODAY,
        )
    exc = caught.value
    assert str(exc) == "The due date 01/08/2021 is before the recommendation date 01/09/2021."
    assert exc.text("en") == str(exc)
    assert exc.text("fr") == (
        "L'échéance 01/08/2021 est antérieure à la date de recommandation 01/09/2021."
    )
    assert exc.field == "due_on"


def test_incident_dated_in_the_future_in_french(db, prog) -> None:
    with pytest.raises(ValidationError) as caught:
        incidents.record(
            db,
            IncidentDraft(
                occurred_on=D(2022, 4, 2),
                reported_on=None,
                risk_area_code="child_labour",
                description="Children at the pit",
                site_id=prog.kolwezi,
                severity=3,
                minors_involved=1,
            ),
            today=TODAY,
        )
    assert str(caught.value) == (
        "The incident date 02/04/2022 is in the future (today is 31/03/2022)."
    )
    assert error_text(caught.value, "fr") == (
        "La date de l'incident, 02/04/2022, est dans le futur (nous sommes le 31/03/2022)."
    )


def test_invalid_transition_in_french_translates_the_status_words_too(db, prog) -> None:
    aid = new_action(db, prog)
    with pytest.raises(TransitionError) as caught:
        actions.progress(db, aid, ProgressDraft("verified", D(2021, 10, 1)), today=TODAY)
    assert str(caught.value) == (
        "An action that is recommended cannot become verified (verification confirms an "
        "implementation); allowed next: recommended, in progress, implemented, cancelled."
    )
    assert caught.value.text("fr") == (
        "Une action recommandée ne peut pas devenir vérifiée (la vérification confirme une "
        "mise en œuvre) ; possibles ensuite : recommandée, en cours, mise en œuvre, annulée."
    )


def test_bulk_refusal_wraps_the_reason_in_the_same_language(db, prog) -> None:
    a1, a2 = new_action(db, prog), new_action(db, prog)
    actions.progress(
        db, a2, ProgressDraft("cancelled", D(2021, 9, 20), "site abandoned"), today=TODAY
    )
    update = ProgressDraft("in_progress", D(2021, 10, 5))
    with pytest.raises(TransitionError) as caught:
        actions.progress_bulk(db, [(a1, update), (a2, update)], today=TODAY)
    assert str(caught.value).endswith(
        "The action is already cancelled; no further update is possible."
    )
    french = caught.value.text("fr")
    assert french.startswith("Point 2 sur 2 (")
    assert french.endswith("L'action est déjà annulée ; aucun autre point n'est possible.")


def test_domain_error_carries_the_template_without_qt_or_database() -> None:
    with pytest.raises(action_lifecycle.LifecycleError) as caught:
        action_lifecycle.check_update(
            [],
            action_lifecycle.S.IN_PROGRESS,
            D(2030, 1, 1),
            None,
            recommended_on=D(2021, 9, 1),
            today=D(2022, 3, 31),
        )
    assert str(caught.value) == "The update date 01/01/2030 is in the future (today is 31/03/2022)."
    assert caught.value.text("fr") == (
        "La date du point, 01/01/2030, est dans le futur (nous sommes le 31/03/2022)."
    )


def raised_templates(modules: list[str] = MODULES) -> set[str]:
    """Every template the four modules raise: first arguments of the error classes, the
    ``template = ...`` choices and the whole-sentence tables (``_ALREADY_REVIEWED``)."""
    found: set[str] = set()

    def strings(node: ast.AST) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return strings(node.body) + strings(node.orelse)
        if isinstance(node, ast.Dict):
            return [s for v in node.values for s in strings(v)]
        return []

    for module in modules:
        for node in ast.walk(ast.parse((ROOT / module).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ERRORS
                and node.args
            ):
                first = node.args[0]
                assert not isinstance(first, ast.JoinedStr), (
                    f"{module}:{node.lineno}: an f-string cannot be translated; pass a "
                    "template and its parameters"
                )
                found.update(strings(first))
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = {t.id for t in targets if isinstance(t, ast.Name)}
                if names & TABLES and node.value is not None:
                    found.update(strings(node.value))
    return found


def test_every_raised_template_has_a_french_translation_with_the_same_fields() -> None:
    templates = raised_templates()
    assert len(templates) > 50
    french = {src: text for (ctx, src), text in catalogue("fr").items() if ctx == "ServiceErrors"}
    missing = sorted(templates - french.keys())
    assert missing == []
    fields = string.Formatter()
    for template in templates:
        ours = sorted(f for _, f, _, _ in fields.parse(template) if f)
        theirs = sorted(f for _, f, _, _ in fields.parse(french[template]) if f)
        assert ours == theirs, template
    for label in action_lifecycle.STATUS_LABELS.values():
        assert re.fullmatch(r"[^{}]+", french[label])
