"""Invented names, phone numbers and e-mail addresses for the sample's people.

Names are common given names and family names of the region combined at random;
any likeness to a real person is a coincidence. E-mail addresses use the
reserved ``.example`` domain and phone numbers keep the countries' formats.
"""

from __future__ import annotations

import random
import re
import unicodedata

_DRC_GIVEN = {
    "f": [
        "Mireille",
        "Furaha",
        "Chantal",
        "Neema",
        "Grâce",
        "Jeanine",
        "Aline",
        "Esther",
        "Solange",
        "Riziki",
        "Sifa",
        "Nadine",
        "Espérance",
        "Zawadi",
        "Béatrice",
        "Clarisse",
    ],
    "m": [
        "Jean-Pierre",
        "Espoir",
        "Patient",
        "Dieudonné",
        "Bahati",
        "Alain",
        "Olivier",
        "Josué",
        "Christian",
        "Héritier",
        "Innocent",
        "Serge",
        "Fiston",
        "Papy",
        "Trésor",
        "Justin",
        "Gloire",
        "Didier",
    ],
}
_DRC_FAMILY = [
    "Ilunga",
    "Kasongo",
    "Mwamba",
    "Banza",
    "Ngoy",
    "Kalenga",
    "Amani",
    "Cirimwami",
    "Murhula",
    "Bisimwa",
    "Mushagalusa",
    "Byamungu",
    "Kahindo",
    "Muhindo",
    "Kambale",
    "Lokwa",
    "Ndjadi",
    "Kisimba",
    "Tshibangu",
    "Mulumba",
    "Kabwe",
    "Numbi",
    "Kyungu",
    "Mbuyi",
    "Safari",
    "Balume",
    "Lubala",
    "Maheshe",
]
_RW_GIVEN = {
    "f": [
        "Claudine",
        "Diane",
        "Vestine",
        "Alice",
        "Béatrice",
        "Jeanne",
        "Immaculée",
        "Solange",
        "Divine",
        "Chantal",
        "Olive",
        "Clémentine",
    ],
    "m": [
        "Jean Claude",
        "Aimable",
        "Eric",
        "Emmanuel",
        "Olivier",
        "Janvier",
        "Théogène",
        "Fabrice",
        "Innocent",
        "Patrick",
        "Vincent",
        "Didace",
        "Faustin",
    ],
}
_RW_FAMILY = [
    "Niyonzima",
    "Uwimana",
    "Habimana",
    "Mukamana",
    "Nshimiyimana",
    "Uwase",
    "Hakizimana",
    "Ingabire",
    "Mugisha",
    "Nsengimana",
    "Umutoni",
    "Bizimana",
    "Twagirayezu",
    "Mukeshimana",
    "Ndayisaba",
    "Uwamahoro",
]


def person_name(rng: random.Random, country: str, gender: str | None = None) -> tuple[str, str]:
    """(full name, gender "f"/"m") for a person in the DRC ("COD") or Rwanda ("RWA")."""
    gender = gender or rng.choice(("f", "m", "m"))
    if country == "RWA":
        return f"{rng.choice(_RW_GIVEN[gender])} {rng.choice(_RW_FAMILY)}", gender
    return f"{rng.choice(_DRC_GIVEN[gender])} {rng.choice(_DRC_FAMILY)}", gender


def phone(rng: random.Random, country: str) -> str:
    if country == "RWA":
        return f"+250 78{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    return (
        f"+243 {rng.choice(('81', '82', '84', '85', '89', '97', '99'))} "
        f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    )


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def email(name: str, organisation: str) -> str:
    """``given.family@<organisation acronym or slug>.example``."""
    acronym = re.search(r"\(([^)]+)\)", organisation)
    domain = slug(acronym.group(1) if acronym else organisation)[:30]
    local = slug(name).replace("-", ".")
    return f"{local}@{domain}.example"
