"""The 48 sites of the sample programme: where they are, what they mine, who runs them.

Coordinates are real mining areas of each region (Kolwezi, Likasi, Lubumbashi,
the Kivus, Maniema, Tanganyika, Ituri, Rwanda's 3T districts); the site names
are local place names and the cooperative names are invented. Each site is
placed a few kilometres from its anchor by the generator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

D = dt.date


@dataclass(frozen=True)
class SiteSpec:
    code: str
    name: str
    region: str
    province: str
    territory: str
    lat: float
    lon: float
    minerals: tuple[str, ...]  # main mineral first
    operator: str
    miners: int
    women_share: float | None  # None: the gender split is not known
    active: bool  # active during the 2021-22 reporting year
    joined_on: dt.date
    inactive_on: dt.date | None = None  # for sites not active in the year
    inactive_reason: str | None = None


E, L, H, R = "Eastern DRC", "Lualaba", "Haut-Katanga", "Rwanda"
GOLD, TIN, TA, W, CO, CU = "gold", "tin", "tantalum", "tungsten", "cobalt", "copper"

SITES: tuple[SiteSpec, ...] = (
    # Eastern DRC: 13 sites, 3TG, 8 active.
    SiteSpec("SK-01", "Luhihi", E, "South Kivu", "Kabare", -2.300, 28.740, (GOLD,),
             "Coopérative minière de Luhihi (COMILU)", 1800, 0.22, True, D(2019, 9, 2)),
    SiteSpec("SK-02", "Kamituga Mobale", E, "South Kivu", "Mwenga", -3.060, 28.180, (GOLD,),
             "Coopérative minière de Kamituga (COMIKA)", 4200, 0.18, True, D(2019, 10, 7)),
    SiteSpec("SK-03", "Lugushwa Tshimbi", E, "South Kivu", "Mwenga", -3.330, 27.880, (GOLD,),
             "Coopérative des orpailleurs de Lugushwa (CODOL)", 1300, 0.2, False,
             D(2019, 11, 4), D(2020, 11, 30), "Access road cut; production halted"),
    SiteSpec("SK-04", "Numbi Nyamukubi", E, "South Kivu", "Kalehe", -1.860, 28.800, (TIN, TA),
             "Coopérative minière de Numbi (COMINU)", 900, 0.12, True, D(2020, 1, 13)),
    SiteSpec("SK-05", "Misisi Mukera", E, "South Kivu", "Fizi", -4.190, 28.780, (GOLD,),
             "Coopérative aurifère de Misisi (COAMI)", 2100, None, False,
             D(2019, 12, 2), D(2021, 2, 15), "Security situation; programme withdrew monitors"),
    SiteSpec("NK-01", "Rubaya Gakombe", E, "North Kivu", "Masisi", -1.550, 28.880, (TA, TIN),
             "Coopérative des exploitants miniers de Masisi (CEMMA)", 5200, 0.14, True,
             D(2019, 9, 16)),
    SiteSpec("NK-02", "Omate", E, "North Kivu", "Walikale", -1.420, 28.050, (TIN, TA),
             "Coopérative minière de Walikale (COMIWA)", 1100, 0.09, True, D(2020, 2, 3)),
    SiteSpec("MN-01", "Kalima Mapimbi", E, "Maniema", "Pangi", -2.570, 26.610, (TIN, TA),
             "Coopérative minière de Kalima (COMIKAL)", 1600, 0.15, True, D(2019, 11, 18)),
    SiteSpec("MN-02", "Punia Bikenge", E, "Maniema", "Punia", -1.470, 26.450, (TIN,),
             "Coopérative des creuseurs de Punia (COCREP)", 800, None, False,
             D(2020, 3, 2), D(2020, 9, 30), "Cooperative lost its mining rights"),
    SiteSpec("TG-01", "Manono Kahungwe", E, "Tanganyika", "Manono", -7.300, 27.420, (TIN, TA),
             "Coopérative minière de Manono (COMIMA)", 2600, 0.17, True, D(2019, 10, 21)),
    SiteSpec("TG-02", "Kisengo", E, "Tanganyika", "Nyunzu", -5.950, 28.020, (TA, TIN),
             "Coopérative des exploitants de Kisengo (CEKI)", 1500, 0.1, False,
             D(2020, 1, 20), D(2021, 1, 31), "Site flooded in the rainy season; work stopped"),
    SiteSpec("IT-01", "Mongbwalu Pluto", E, "Ituri", "Djugu", 1.940, 30.040, (GOLD,),
             "Coopérative minière de Djugu (COMIDJU)", 3000, 0.24, True, D(2019, 12, 9)),
    SiteSpec("IT-02", "Mambasa Bandegaido", E, "Ituri", "Mambasa", 1.360, 29.050, (GOLD,),
             "Coopérative des orpailleurs de Mambasa (COOMA)", 900, None, False,
             D(2020, 2, 17), D(2020, 12, 15), "Armed group presence; access suspended"),
    # Lualaba: 7 cobalt-copper sites around Kolwezi, 5 active.
    SiteSpec("LB-01", "Karajipopo", L, "Lualaba", "Kolwezi", -10.760, 25.360, (CO, CU),
             "EMAK-C", 6500, 0.16, True, D(2019, 9, 9)),
    SiteSpec("LB-02", "Kasulo", L, "Lualaba", "Kolwezi", -10.700, 25.500, (CO, CU),
             "Coopérative minière artisanale de Kolwezi (COMAKOL)", 5200, 0.19, True,
             D(2019, 10, 14)),
    SiteSpec("LB-03", "Shabara", L, "Lualaba", "Kolwezi", -10.740, 25.600, (CO, CU),
             "Coopérative minière Kanina Kolwezi (CMKK)", 7000, 0.13, True, D(2019, 11, 11)),
    SiteSpec("LB-04", "Kapata", L, "Lualaba", "Kolwezi", -10.800, 25.410, (CO, CU),
             "Coopérative minière de Kapata (COMIKAP)", 3800, 0.21, True, D(2020, 1, 6)),
    SiteSpec("LB-05", "Mutoshi", L, "Lualaba", "Mutshatsha", -10.640, 25.660, (CU, CO),
             "Coopérative des exploitants de Mutoshi (COEMU)", 4500, 0.17, True, D(2019, 12, 2)),
    SiteSpec("LB-06", "Tulizembe", L, "Lualaba", "Kolwezi", -10.780, 25.550, (CO, CU),
             "Coopérative minière Tulizembe (COMITU)", 2200, 0.2, False,
             D(2019, 12, 16), D(2021, 2, 28), "Concession returned to the industrial operator"),
    SiteSpec("LB-07", "Kwatebala", L, "Lualaba", "Lubudi", -10.600, 26.250, (CU, CO),
             "Coopérative minière de Fungurume (COMIFU)", 1700, None, False,
             D(2020, 2, 10), D(2020, 10, 31), "Deposit exhausted"),
    # Haut-Katanga: 3 cobalt-copper sites around Likasi and Lubumbashi, all active.
    SiteSpec("HK-01", "Kambove Kamatanda", H, "Haut-Katanga", "Kambove", -10.870, 26.600,
             (CU, CO), "Coopérative minière de Kambove (COMIKAM)", 3100, 0.18, True,
             D(2019, 11, 25)),
    SiteSpec("HK-02", "Likasi Kalabi", H, "Haut-Katanga", "Likasi", -10.990, 26.700, (CO, CU),
             "Coopérative des creuseurs de Likasi (COCRELI)", 2400, 0.2, True, D(2020, 1, 27)),
    SiteSpec("HK-03", "Ruashi Luano", H, "Haut-Katanga", "Lubumbashi", -11.610, 27.550,
             (CU, CO), "Coopérative minière de la Ruashi (COMIRU)", 2800, 0.23, True,
             D(2020, 2, 24)),
    # Rwanda: 25 3T sites, 16 active.
    SiteSpec("RW-01", "Rutongo Mines", R, "Northern Province", "Rulindo", -1.820, 30.050, (TIN,),
             "Rutongo Mines Ltd", 2500, 0.12, True, D(2019, 9, 23)),
    SiteSpec("RW-02", "Nyakabingo", R, "Northern Province", "Rulindo", -1.870, 29.980, (W,),
             "Nyakabingo Mining Cooperative (NYAMICO)", 1200, 0.1, True, D(2019, 10, 28)),
    SiteSpec("RW-03", "Gifurwe", R, "Northern Province", "Burera", -1.560, 29.820, (W,),
             "Koperative Gifurwe Mining (KOGIMI)", 700, 0.08, True, D(2020, 2, 3)),
    SiteSpec("RW-04", "Gatumba", R, "Western Province", "Ngororero", -1.890, 29.630, (TIN, TA),
             "Gatumba Mining Cooperative (GAMICO)", 1400, 0.14, True, D(2019, 11, 4)),
    SiteSpec("RW-05", "Nyange", R, "Western Province", "Ngororero", -1.870, 29.560, (TA, TIN),
             "Koperative y'Abacukuzi ba Nyange (KANYA)", 600, 0.11, True, D(2020, 3, 9)),
    SiteSpec("RW-06", "Musha", R, "Eastern Province", "Rwamagana", -1.950, 30.400, (TIN, TA),
             "Musha Tin Miners Cooperative (MUTIMICO)", 900, 0.15, True, D(2019, 12, 9)),
    SiteSpec("RW-07", "Ntunga", R, "Eastern Province", "Rwamagana", -1.920, 30.460, (TIN,),
             "Ntunga Mining Cooperative (NTUMICO)", 500, 0.13, True, D(2020, 4, 6)),
    SiteSpec("RW-08", "Rwinkwavu", R, "Eastern Province", "Kayonza", -1.970, 30.610, (TIN,),
             "Rwinkwavu Mining Company (RMC)", 800, 0.1, True, D(2019, 12, 16)),
    SiteSpec("RW-09", "Kabuye", R, "Southern Province", "Muhanga", -2.060, 29.720, (TA, TIN),
             "Koperative Kabuye Mining (KOKAMI)", 450, 0.16, True, D(2020, 5, 4)),
    SiteSpec("RW-10", "Musambira", R, "Southern Province", "Kamonyi", -2.040, 29.840, (TIN, TA),
             "Musambira Miners Cooperative (MUMICO)", 400, 0.12, True, D(2020, 6, 1)),
    SiteSpec("RW-11", "Bweramana", R, "Southern Province", "Ruhango", -2.190, 29.800, (TIN, TA),
             "Bweramana Mining Cooperative (BWEMICO)", 350, None, True, D(2021, 5, 3)),
    SiteSpec("RW-12", "Kibirizi", R, "Southern Province", "Nyanza", -2.320, 29.730, (TIN,),
             "Koperative Kibirizi Mining (KOKIMI)", 300, 0.1, True, D(2021, 6, 7)),
    SiteSpec("RW-13", "Rushashi", R, "Northern Province", "Gakenke", -1.700, 29.790, (W,),
             "Rushashi Wolfram Cooperative (RUWOCO)", 550, 0.09, True, D(2020, 7, 6)),
    SiteSpec("RW-14", "Miyove", R, "Northern Province", "Gicumbi", -1.600, 30.050, (TIN,),
             "Miyove Mining Cooperative (MIMICO)", 350, 0.11, True, D(2020, 8, 3)),
    SiteSpec("RW-15", "Gihango", R, "Western Province", "Rutsiro", -1.920, 29.440, (TA, TIN),
             "Gihango Coltan Cooperative (GICOCO)", 600, 0.13, True, D(2020, 9, 7)),
    SiteSpec("RW-16", "Nduba", R, "Kigali", "Gasabo", -1.860, 30.100, (TIN,),
             "Nduba Mining Cooperative (NDUMICO)", 300, 0.12, True, D(2021, 7, 5)),
    SiteSpec("RW-17", "Jenda", R, "Western Province", "Nyabihu", -1.640, 29.520, (W,),
             "Jenda Wolfram Miners (JEWOMI)", 300, None, False,
             D(2019, 11, 11), D(2020, 12, 31), "Operator stopped production (low prices)"),
    SiteSpec("RW-18", "Bwishyura", R, "Western Province", "Karongi", -2.100, 29.470, (TIN,),
             "Bwishyura Mining Cooperative (BWIMICO)", 250, None, False,
             D(2019, 12, 2), D(2020, 8, 31), "Licence not renewed by the Rwanda Mining Board"),
    SiteSpec("RW-19", "Maraba", R, "Southern Province", "Huye", -2.520, 29.700, (TIN, TA),
             "Maraba Miners Cooperative (MAMICO)", 200, None, False,
             D(2020, 1, 13), D(2021, 1, 31), "Merged into a neighbouring concession"),
    SiteSpec("RW-20", "Nyamata", R, "Eastern Province", "Bugesera", -2.150, 30.100, (TIN,),
             "Nyamata Tin Cooperative (NYATICO)", 250, None, False,
             D(2020, 2, 17), D(2020, 10, 31), "Production halted (rehabilitation works)"),
    SiteSpec("RW-21", "Kabarondo", R, "Eastern Province", "Kayonza", -1.950, 30.550, (TIN,),
             "Kabarondo Mining Cooperative (KAMICO)", 300, 0.1, False,
             D(2019, 12, 9), D(2021, 3, 15), "Licence suspended by the Rwanda Mining Board"),
    SiteSpec("RW-22", "Nyabinoni", R, "Southern Province", "Muhanga", -1.980, 29.620, (TA,),
             "Nyabinoni Coltan Miners (NYACOMI)", 200, None, False,
             D(2020, 3, 2), D(2020, 12, 15), "Deposit exhausted"),
    SiteSpec("RW-23", "Masoro", R, "Northern Province", "Rulindo", -1.760, 30.000, (TIN,),
             "Masoro Mining Cooperative (MAMICO II)", 350, 0.12, False,
             D(2019, 10, 14), D(2021, 3, 31), "Absorbed by the Rutongo concession"),
    SiteSpec("RW-24", "Kageyo", R, "Western Province", "Ngororero", -1.800, 29.580, (W,),
             "Kageyo Wolfram Cooperative (KAWOCO)", 250, None, False,
             D(2020, 4, 13), D(2020, 11, 30), "Operator stopped production (low prices)"),
    SiteSpec("RW-25", "Kiramuruzi", R, "Eastern Province", "Gatsibo", -1.620, 30.380, (TIN,),
             "Kiramuruzi Mining Cooperative (KIMICO)", 200, None, False,
             D(2020, 5, 11), D(2021, 2, 28), "Licence not renewed by the Rwanda Mining Board"),
)

COUNTRY_OF_REGION = {E: "COD", L: "COD", H: "COD", R: "RWA"}
