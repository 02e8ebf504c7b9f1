"""The province filter: a province's figures are those of its sites, in the key figures,
the dashboard's selection, the site list, the action list and the incident register."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from bm_desktop.db.models import Province, Site
from bm_desktop.domain.filters import REPORTING_YEAR, FilterState
from bm_desktop.domain.kpi import Period, Scope
from bm_desktop.services import action_views, kpis
from bm_desktop.services.dashboard import filter_selection
from bm_desktop.services.filter_choices import filter_choices
from bm_desktop.services.incident_register import register
from bm_desktop.services.sites import list_sites


def test_a_province_counts_its_own_sites(sample_db) -> None:
    with sample_db.sessions() as s:
        codes = frozenset(
            s.scalars(
                select(Site.code)
                .join(Province, Province.id == Site.province_id)
                .where(Province.name == "South Kivu")
            )
        )
    assert codes and all(c.startswith("SK-") for c in codes)
    period = Period(*REPORTING_YEAR)
    by_province = kpis.programme_figures(
        sample_db, period, Scope(provinces=frozenset({"South Kivu"}))
    )
    by_sites = kpis.programme_figures(sample_db, period, Scope(site_codes=codes))
    everything = kpis.programme_figures(sample_db, period, Scope())
    assert 0 < by_province.incidents == by_sites.incidents < everything.incidents
    assert by_province.actions == by_sites.actions
    assert not Scope(provinces=frozenset({"South Kivu"})).is_everything
    filters = FilterState(provinces=frozenset({"South Kivu"}))
    assert filter_selection(filters)[1].provinces == frozenset({"South Kivu"})
    assert {s.code for s in list_sites(sample_db, filters)} == codes
    assert {a.site_code for a in action_views.actions(sample_db, filters)} <= codes
    in_period = dataclasses.replace(filters, start=REPORTING_YEAR[0], end=REPORTING_YEAR[1])
    rows = register(sample_db, in_period)
    everywhere = register(sample_db, FilterState())
    sk_ids = [s.id for s in list_sites(sample_db, filters)]
    assert 0 < rows.size == int(everywhere.rows_of_sites(sk_ids).sum()) < everywhere.size
    assert FilterState.from_dict(filters.to_dict()) == filters
    choices = filter_choices(sample_db)
    assert ("South Kivu", "Eastern DRC") in {(p.name, p.region) for p in choices.provinces}
    assert dataclasses.replace(filters, provinces=frozenset()) == FilterState()
