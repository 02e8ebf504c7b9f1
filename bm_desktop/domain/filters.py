"""The global filters every layer, table and figure on screen follows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

REPORTING_YEAR = (dt.date(2021, 4, 1), dt.date(2022, 3, 31))  # the sample's published year


def reporting_year_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The programme's reporting year (1 April to 31 March) that ``day`` falls in."""
    first = day.year if day.month >= 4 else day.year - 1
    return dt.date(first, 4, 1), dt.date(first + 1, 3, 31)


@dataclass(frozen=True)
class FilterState:
    """What the user chose in the Filters dock. Empty collections mean "all"."""

    start: dt.date = REPORTING_YEAR[0]
    end: dt.date = REPORTING_YEAR[1]
    risk_categories: frozenset[str] = field(default_factory=frozenset)  # category codes
    risk_areas: frozenset[str] = field(default_factory=frozenset)  # area codes
    severities: frozenset[int] = field(default_factory=frozenset)
    verified_only: bool = False
    minerals: frozenset[str] = field(default_factory=frozenset)  # mineral codes
    regions: frozenset[str] = field(default_factory=frozenset)  # programme region names
    provinces: frozenset[str] = field(default_factory=frozenset)  # province names
    site_statuses: frozenset[str] = field(default_factory=frozenset)

    def with_period(self, start: dt.date, end: dt.date) -> FilterState:
        if end < start:
            raise ValueError(f"The period ends ({end}) before it starts ({start}).")
        return replace(self, start=start, end=end)

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly form (for settings and export cover sheets)."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "risk_categories": sorted(self.risk_categories),
            "risk_areas": sorted(self.risk_areas),
            "severities": sorted(self.severities),
            "verified_only": self.verified_only,
            "minerals": sorted(self.minerals),
            "regions": sorted(self.regions),
            "provinces": sorted(self.provinces),
            "site_statuses": sorted(self.site_statuses),
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> FilterState:
        def _set(key: str) -> frozenset:
            value = data.get(key) or []
            return (
                frozenset(value)
                if isinstance(value, list | tuple | set | frozenset)
                else frozenset()
            )

        try:
            start = dt.date.fromisoformat(str(data["start"]))
            end = dt.date.fromisoformat(str(data["end"]))
        except (KeyError, ValueError):
            start, end = REPORTING_YEAR
        return cls(
            start=start,
            end=end,
            risk_categories=_set("risk_categories"),
            risk_areas=_set("risk_areas"),
            severities=frozenset(int(s) for s in _set("severities")),
            verified_only=bool(data.get("verified_only", False)),
            minerals=_set("minerals"),
            regions=_set("regions"),
            provinces=_set("provinces"),
            site_statuses=_set("site_statuses"),
        )
