"""The programme's named colours: one colour means the same thing on the map,
in the charts and in the workbooks (hex strings, no Qt)."""

from __future__ import annotations

# Site status
STATUS = {"active": "#2E7D32", "inactive": "#9E9E9E", "suspended": "#C62828"}
# Mineral groups
MINERAL_GROUP = {"3TG": "#6A1B9A", "cobalt_copper": "#00838F", "mixed": "#EF6C00"}
# Action status
ACTION_STATUS = {
    "recommended": "#90A4AE",
    "in_progress": "#F9A825",
    "implemented": "#43A047",
    "verified": "#1B5E20",
    "cancelled": "#616161",
}
OVERDUE = "#D32F2F"
# CAP meeting status (calendar, agendas); a gap (no meeting, last one too old) is OVERDUE red
MEETING_STATUS = {"held": "#43A047", "planned": "#1E88E5", "cancelled": "#9E9E9E"}
TARGET = "#1565C0"  # the 80% implementation target line
# Incident severity 1..4
SEVERITY = {1: "#FFF59D", 2: "#FFB74D", 3: "#F4511E", 4: "#B71C1C"}
# Risk categories (by code)
RISK_CATEGORY = {
    "human_rights": "#8E24AA",
    "security": "#C62828",
    "working_conditions": "#F57C00",
    "environment": "#2E7D32",
    "legality": "#5D4037",
    "community": "#1E88E5",
    "chain_of_custody": "#546E7A",
}
# Security event types (ACLED-like)
EVENT_TYPE = {
    "Battles": "#B71C1C",
    "Violence against civilians": "#6A1B9A",
    "Explosions/Remote violence": "#E65100",
    "Riots": "#F9A825",
    "Protests": "#1565C0",
    "Strategic developments": "#455A64",
    # UCDP GED types of violence, by UCDP's own names (as the importer stores them)
    "State-based conflict": "#283593",
    "Non-state conflict": "#AD1457",
    "One-sided violence": "#00838F",
}
EVENT_OTHER = "#757575"  # an event without a type
# Colours for the event types of any other source (a tracker's "Kidnapping",
# "Illegal taxation" ...): each type gets one, the same on every run and laptop.
EVENT_PALETTE = (
    "#1B5E20",
    "#4E342E",
    "#F57F17",
    "#0277BD",
    "#880E4F",
    "#33691E",
    "#BF360C",
    "#4527A0",
    "#00695C",
    "#827717",
    "#C2185B",
    "#37474F",
)


def type_hash(name: str) -> int:
    """A stable number for a type name (Python's hash() changes between runs)."""
    import hashlib

    return int.from_bytes(hashlib.sha1(name.casefold().encode("utf-8")).digest()[:4], "big")


def event_colour(event_type: str | None) -> str:
    """The colour of an event type: the table's, else one of the palette by its name."""
    if not event_type:
        return EVENT_OTHER
    known = EVENT_TYPE.get(event_type)
    if known is not None:
        return known
    return EVENT_PALETTE[type_hash(event_type) % len(EVENT_PALETTE)]


# Implementation-rate ramp: below target -> at/above target
RATE_LOW, RATE_MID, RATE_HIGH = "#D32F2F", "#FBC02D", "#388E3C"
# Basemap
LAND = "#F4F1EA"
LAND_PROGRAMME = "#FBF8F1"
BORDER = "#8D8D8D"
WATER = "#A8CBE6"
WATER_EDGE = "#6E9CC2"
ADMIN1 = "#B8AFA3"
TEXT = "#212121"
HEADER_FILL = "#1F3A5F"  # workbook header rows
# Map
SEA = "#DCE9F3"
TOWN = "#37474F"
REFERENCE_SITE = "#8D8D8D"  # a national register's sites: muted, context not programme
SELECTION = "#1565C0"  # halo of selected sites
ALERT = "#D50000"  # outline of sites with a security event nearby
# Incident density ramp (ColorBrewer YlOrBr): position 0..1, colour, opacity
DENSITY_RAMP = [
    (0.0, "#FFF7BC", 0.0),
    (0.15, "#FEE391", 0.28),
    (0.35, "#FEC44F", 0.45),
    (0.6, "#FB9A29", 0.55),
    (0.82, "#EC7014", 0.63),
    (1.0, "#B34700", 0.72),
]


def rate_colour(rate: float | None, target: float = 0.8) -> str:
    """Colour for an implementation rate: red well below target, amber near, green at it."""
    if rate is None:
        return STATUS["inactive"]
    if rate >= target:
        return RATE_HIGH
    return RATE_MID if rate >= target - 0.15 else RATE_LOW
