"""The programme's reference data: risk taxonomy, OECD Annex II, minerals, geography.

This is the *seed* of the reference tables. In the database these are rows an
administrator can extend (the programme reports 26 risk areas; 25 are named in
its published taxonomy), never an enum that code switches on, except for the
few codes the KPIs rely on (``CHILD_LABOUR_AREAS``).
"""

from __future__ import annotations

from dataclasses import dataclass

# OECD Due Diligence Guidance, Annex II headings (the scope of a Step 5 report).
ANNEX2_HEADINGS: dict[str, tuple[str, str]] = {
    "serious_abuses": (
        "Serious abuses (torture, forced labour, WFCL, sexual violence, war crimes)",
        "Atteintes graves (torture, travail forcé, PFTE, violences sexuelles, crimes de guerre)",
    ),
    "nsag_support": (
        "Direct or indirect support to non-state armed groups",
        "Soutien direct ou indirect à des groupes armés non étatiques",
    ),
    "security_forces": (
        "Public or private security forces",
        "Forces de sécurité publiques ou privées",
    ),
    "bribery_fraud": (
        "Bribery and fraudulent misrepresentation of mineral origin",
        "Corruption et fausse déclaration de l'origine des minerais",
    ),
    "money_laundering": ("Money laundering", "Blanchiment d'argent"),
    "taxes_royalties": (
        "Payment of taxes, fees and royalties",
        "Paiement des taxes, redevances et droits",
    ),
}


@dataclass(frozen=True)
class RiskAreaSeed:
    code: str
    category: str
    name_en: str
    name_fr: str
    annex2: str | None = None


RISK_CATEGORIES: list[tuple[str, str, str]] = [
    ("human_rights", "Human rights", "Droits humains"),
    ("security", "Security", "Sécurité"),
    (
        "working_conditions",
        "Working conditions / safety",
        "Conditions de travail / sécurité au travail",
    ),
    ("environment", "Environment", "Environnement"),
    ("legality", "Legality", "Légalité"),
    ("community", "Community", "Communauté"),
    ("chain_of_custody", "Chain of custody", "Chaîne de traçabilité"),
]

RISK_AREAS: list[RiskAreaSeed] = [
    RiskAreaSeed("child_labour", "human_rights", "Child labour", "Travail des enfants"),
    RiskAreaSeed(
        "wfcl",
        "human_rights",
        "Worst forms of child labour (WFCL)",
        "Pires formes de travail des enfants (PFTE)",
        "serious_abuses",
    ),
    RiskAreaSeed("discrimination", "human_rights", "Discrimination", "Discrimination"),
    RiskAreaSeed(
        "forced_labour", "human_rights", "Forced labour", "Travail forcé", "serious_abuses"
    ),
    RiskAreaSeed("gender", "human_rights", "Gender", "Genre", "serious_abuses"),
    RiskAreaSeed(
        "torture",
        "human_rights",
        "Torture, cruel and inhumane treatment",
        "Torture, traitements cruels et inhumains",
        "serious_abuses",
    ),
    RiskAreaSeed(
        "ihl",
        "security",
        "International humanitarian law",
        "Droit international humanitaire",
        "serious_abuses",
    ),
    RiskAreaSeed(
        "nsag", "security", "Non-state armed groups", "Groupes armés non étatiques", "nsag_support"
    ),
    RiskAreaSeed(
        "security_forces",
        "security",
        "Public or private security forces",
        "Forces de sécurité publiques ou privées",
        "security_forces",
    ),
    RiskAreaSeed("general_security", "security", "General security", "Sécurité générale"),
    RiskAreaSeed(
        "ohs",
        "working_conditions",
        "Occupational health and safety",
        "Santé et sécurité au travail",
    ),
    RiskAreaSeed("worker_rights", "working_conditions", "Worker rights", "Droits des travailleurs"),
    RiskAreaSeed("emissions_waste", "environment", "Emissions / waste", "Émissions / déchets"),
    RiskAreaSeed("water", "environment", "Water", "Eau"),
    RiskAreaSeed(
        "mine_closure",
        "environment",
        "Mine closure and reclamation",
        "Fermeture et réhabilitation des mines",
    ),
    RiskAreaSeed(
        "flora_fauna", "environment", "Protected flora / fauna", "Flore / faune protégées"
    ),
    RiskAreaSeed("corruption", "legality", "Corruption / bribery", "Corruption", "bribery_fraud"),
    RiskAreaSeed(
        "tax_eiti",
        "legality",
        "Legal and transparent tax paying (EITI)",
        "Paiement légal et transparent des taxes (ITIE)",
        "taxes_royalties",
    ),
    RiskAreaSeed(
        "money_laundering",
        "legality",
        "Money laundering",
        "Blanchiment d'argent",
        "money_laundering",
    ),
    RiskAreaSeed("business_conflict", "community", "Business conflict", "Conflits commerciaux"),
    RiskAreaSeed(
        "community_engagement",
        "community",
        "Community engagement / development",
        "Engagement / développement communautaire",
    ),
    RiskAreaSeed(
        "indigenous_fpic",
        "community",
        "Indigenous peoples / FPIC / heritage",
        "Peuples autochtones / CLIP / patrimoine",
    ),
    RiskAreaSeed(
        "traceability", "chain_of_custody", "Traceability", "Traçabilité", "bribery_fraud"
    ),
    RiskAreaSeed(
        "transparency", "chain_of_custody", "Transparency / reporting", "Transparence / rapportage"
    ),
    RiskAreaSeed(
        "company_governance", "chain_of_custody", "Company governance", "Gouvernance d'entreprise"
    ),
    # The programme reports 26 areas; the 26th is not named publicly. It is
    # seeded as an administrator-defined area to show the taxonomy is data.
    RiskAreaSeed(
        "sexual_violence",
        "human_rights",
        "Sexual and gender-based violence",
        "Violences sexuelles et basées sur le genre",
        "serious_abuses",
    ),
]

CHILD_LABOUR_AREAS = ("child_labour", "wfcl")

# Incident severity 1..4 (rules.SEVERITY_RANGE): level, English and French names and
# definitions, as the monitors' form and the incident form explain them.
SEVERITY_LEVELS: list[tuple[int, str, str, str, str]] = [
    (
        1,
        "Low",
        "Faible",
        "No harm to people; a breach of a rule or a risk signal to watch.",
        "Aucun dommage aux personnes ; manquement à une règle ou signal de risque à suivre.",
    ),
    (
        2,
        "Moderate",
        "Modérée",
        "Limited harm that can be put right quickly (minor injury, short stoppage).",
        "Dommage limité, réparable rapidement (blessure légère, arrêt de courte durée).",
    ),
    (
        3,
        "High",
        "Élevée",
        "Serious harm to people or the environment, or a repeated breach.",
        "Dommage grave aux personnes ou à l'environnement, ou manquement répété.",
    ),
    (
        4,
        "Critical",
        "Critique",
        "Death, serious abuse (Annex II), worst forms of child labour or armed presence.",
        "Décès, atteinte grave (Annexe II), pires formes de travail des enfants ou présence armée.",
    ),
]
WFCL_AREA = "wfcl"

# code, English, French, group ("3TG" or "cobalt_copper"), supply chain for Annex II reporting
MINERALS: list[tuple[str, str, str, str, str]] = [
    ("tin", "Tin (cassiterite)", "Étain (cassitérite)", "3TG", "3T"),
    ("tantalum", "Tantalum (coltan)", "Tantale (coltan)", "3TG", "3T"),
    ("tungsten", "Tungsten (wolframite)", "Tungstène (wolframite)", "3TG", "3T"),
    ("gold", "Gold", "Or", "3TG", "gold"),
    ("cobalt", "Cobalt", "Cobalt", "cobalt_copper", "cobalt_copper"),
    ("copper", "Copper", "Cuivre", "cobalt_copper", "cobalt_copper"),
]

# Mineral names as they appear in French-language registers -> mineral code.
MINERAL_ALIASES: dict[str, str] = {
    "or": "gold",
    "gold": "gold",
    "au": "gold",
    "cassiterite": "tin",
    "cassitérite": "tin",
    "etain": "tin",
    "étain": "tin",
    "tin": "tin",
    "sn": "tin",
    "coltan": "tantalum",
    "tantale": "tantalum",
    "tantalum": "tantalum",
    "ta": "tantalum",
    "wolframite": "tungsten",
    "tungstene": "tungsten",
    "tungstène": "tungsten",
    "tungsten": "tungsten",
    "w": "tungsten",
    "cuivre": "copper",
    "copper": "copper",
    "cu": "copper",
    "cobalt": "cobalt",
    "co": "cobalt",
    "heterogenite": "cobalt",
    "hétérogénite": "cobalt",
}

STAKEHOLDER_TYPES: list[tuple[str, str, str]] = [
    ("asm_miners", "ASM miners", "Creuseurs artisanaux"),
    ("cooperative", "Mining cooperative", "Coopérative minière"),
    (
        "community",
        "Local community representatives or traditional authorities",
        "Représentants de la communauté locale ou autorités coutumières",
    ),
    ("industry", "Upstream industry representatives", "Représentants de l'industrie en amont"),
    ("ngo", "Local technical NGO", "ONG technique locale"),
    ("state_services", "State services", "Services de l'État"),
    ("government", "Government representatives", "Représentants du gouvernement"),
    (
        "security_sector",
        "Formal security sector representatives",
        "Représentants du secteur de la sécurité formelle",
    ),
]

COUNTRIES: list[tuple[str, str, str]] = [
    ("COD", "Democratic Republic of the Congo", "République démocratique du Congo"),
    ("RWA", "Rwanda", "Rwanda"),
]

# programme region -> (country, provinces of the region, official since 2015 for the DRC)
PROGRAMME_REGIONS: list[tuple[str, str, list[str]]] = [
    ("Eastern DRC", "COD", ["South Kivu", "North Kivu", "Maniema", "Tanganyika", "Ituri"]),
    ("Lualaba", "COD", ["Lualaba"]),
    ("Haut-Katanga", "COD", ["Haut-Katanga"]),
    (
        "Rwanda",
        "RWA",
        [
            "Kigali",
            "Northern Province",
            "Southern Province",
            "Eastern Province",
            "Western Province",
        ],
    ),
]

# Bounding box of the programme area (lon_min, lat_min, lon_max, lat_max).
PROGRAMME_AREA = (10.0, -20.0, 42.0, 8.0)
